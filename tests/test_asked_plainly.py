"""Questions asked about the articles, by their noun alone, or about "he" named first are read as plain questions by
the checks, so they set aside what the plain question's checks set aside."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type
from index.question import as_the_checks_read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # Asked about the articles: the frame is dropped, a name or a number still asked for.
        ("did the protester who got hit live, do we know", "did the protester who got hit live?"),
        ("guaido's hometown, do they say", "what is guaido's hometown?"),
        (
            "who's the photographer shot by the guard, do they name him",
            "who's the photographer shot by the guard, what is his name?",
        ),
        (
            "the 24 year old killed in la victoria, was he named",
            "the 24 year old killed in la victoria, what is his name?",
        ),
        (
            "the photographer in the vest who got shot, has he been named anywhere",
            "the photographer in the vest who got shot, what is his name?",
        ),
        ("the photographer the guard shot — got a name for him?", "the photographer the guard shot, what is his name?"),
        ("total venezuelan debt owed to beijing, any numbers", "total venezuelan debt owed to beijing, how many?"),
        # The verb after its subject, then more said of it; someone told without "the", then asked for.
        (
            "any idea who the soldier in the blue bandana was, the one who said it's now or never?",
            "who was the soldier in the blue bandana who said it's now or never?",
        ),
        (
            "do we know who the soldier in the blue bandana was, the 'now or never' guy?",
            "who was the soldier in the blue bandana, the 'now or never' guy?",
        ),
        (
            "any idea who the young soldier, the one in the bandanna, was?",
            "who was the young soldier, the one in the bandanna,",
        ),
        (
            "young soldier quoted saying it's now or never — who is he?",
            "young soldier quoted saying it's now or never, what is his name?",
        ),
        # Someone named asked "who is he" asks who he is, not his name.
        ("Journalist Gregory Jaimes — who is he?", "Journalist Gregory Jaimes — who is he?"),
        # Whether a post is held, then by whom.
        (
            "Does the US have a special envoy for Venezuela, and if so who?",
            "who is the US special envoy for Venezuela?",
        ),
        ("does maduro have a chief of staff? if so who", "who is maduro's chief of staff?"),
        ("Does Venezuela have a defence minister, and if so who?", "who is the defence minister of Venezuela?"),
        # Not a post told by what its holder did.
        (
            "Does Russia have a spokeswoman who responded to Pompeo, and if so who?",
            "Does Russia have a spokeswoman who responded to Pompeo, and if so who?",
        ),
        ("Cuban troops at Fort Tiuna — number?", "how many Cuban troops at Fort Tiuna?"),
        ("People detained on tuesday, exact number?", "how many people detained on tuesday?"),
        (
            "Cuban troops guarding Maduro at Fort Tiuna — what number are we talking?",
            "how many Cuban troops guarding Maduro at Fort Tiuna?",
        ),
        # An amount of money, a compound and a figure are not counts of things.
        ("russian loans to venezuela — number?", "what is russian loans to venezuela — number?"),
        ("What's the final casualty head-number?", "What's the final casualty head-number?"),
        ("rosneft investment in pdvsa, exact figure?", "what is rosneft investment in pdvsa, exact figure?"),
        (
            "the pan am post reporter behind that video, name?",
            "the pan am post reporter behind that video, what is his name?",
        ),
        ("does it say who maduro is married to", "who is maduro married to"),
        ("do the articles mention where lopez is now", "where is lopez now"),
        ("Do we know the total number of protesters arrested on Tuesday?", "how many protesters arrested on Tuesday?"),
        ("do they identify the driver of the vehicle", "what is the name of the driver of the vehicle"),
        ("What is the identity of the soldier who said it?", "what is the name of the soldier who said it?"),
        (
            "Is the identity of the soldier quoted as saying 'It's now or never' given anywhere?",
            "what is the name of the soldier quoted as saying 'It's now or never'?",
        ),
        ("do they give the name of the driver", "what is the name of the driver"),
        ("do we know who the photographer shot by the guard was", "who was the photographer shot by the guard"),
        ("any idea who maduro's wife is", "who is maduro's wife"),
        ("anyone know when lopez was arrested?", "when was lopez arrested?"),
        (
            "the photographer in the vest who got shot, any idea who he was?",
            "the photographer in the vest who got shot, what was his name?",
        ),
        # The asking words typed last.
        ("guaido was born where, do we know", "where was guaido born"),
        ("guaido is from which party", "which party is guaido from"),
        ("What was the total number of arrests made on Tuesday?", "how many arrests made on Tuesday?"),
        # Asked by the noun alone.
        ("maduros age?", "what is maduros age?"),
        ("number of people detained on tuesday", "how many people detained on tuesday"),
        (
            "total number of soldiers who'd joined guaido by the end of that week, do we know",
            "how many soldiers who'd joined guaido by the end of that week?",
        ),
        # Someone named first, asked about as "he"; someone's thing named first, asked as "it".
        ("guaido, which party is he with", "which party is guaido with"),
        ("maduro, how old is he", "how old is maduro"),
        ("guaido's political party, whats it called", "what is the name of guaido's political party?"),
        (
            "mexico's president lopez obrador, what did he say about the uprising",
            "what did mexico's president lopez obrador say about the uprising",
        ),
        (
            "beijing's foreign ministry, what was their response to the move",
            "what was beijing's foreign ministry's response to the move",
        ),
        ("la carlota air base's full official name, what is it", "what is la carlota air base's full official name?"),
        ("pence's tweet had a hashtag, what was it", "pence's tweet had a hashtag, what was it"),
        # A name asked by "called", "it" or "who was he", as "what is the name of…".
        ("what was the shot photojournalist called", "what was the name of the shot photojournalist?"),
        (
            "guaido stood on a highway overpass, what's the highway called",
            "guaido stood on a highway overpass, what is the name of the highway?",
        ),
        (
            "there's a medical center near la carlota treating about 50 injured, whats it called",
            "what is the name of the medical center near la carlota treating about 50 injured?",
        ),
        (
            "the medical centre near la carlota treating ~50 people, what's it actually called?",
            "what is the name of the medical centre near la carlota treating ~50 people?",
        ),
        (
            "the photog in the bulletproof vest bleeding in the truck bed, who was he",
            "the photographer in the bulletproof vest bleeding in the truck bed, what was his name?",
        ),
        ("of the 100 injured how many were soldiers or police", "how many of the 100 injured were soldiers or police"),
        # A reason asked by its noun or by what made it happen, as "why".
        ("what's turkey's reason for supporting maduro", "why is turkey supporting maduro"),
        ("What is the reason the SEBIN director's wife was abroad?", "why the SEBIN director's wife was abroad?"),
        ("what made the 25 troops pick brazil's embassy", "why did the 25 troops pick brazil's embassy"),
        ("¿Cuál es la razón por la que Grecia respalda a Maduro?", "¿por qué Grecia respalda a Maduro?"),
        (
            "What reasons do Mexico and Uruguay have for siding with Maduro?",
            "why is Mexico and Uruguay siding with Maduro?",
        ),
        ("what made him famous", "what made him famous"),
        ("what forced the troops to retreat", "why did the troops retreat"),
        ("what were the soldiers' reasons for defecting", "why were the soldiers defecting"),
        # Left as typed: "called" as a verb, a bare "what is it", a time told first, owners who may be many.
        ("what was the date the election was called", "what was the date the election was called"),
        ("the death toll in caracas, what is it", "the death toll in caracas, what is it"),
        ("after the uprising, what happened after that", "after the uprising, what happened after that"),
        ("what are the protesters names", "what are the protesters names"),
        ("number of the resolution the un passed, what was it", "number of the resolution the UN passed, what was it"),
        # What came "after that", told first.
        (
            "lopez moved to the spanish embassy after the chilean one, what happened to him after that",
            "what happened to him after lopez moved to the spanish embassy after the chilean one?",
        ),
        (
            "what's the russian private military company that's said to be guarding maduro called",
            "what is the name of the russian private military company that's said to be guarding maduro?",
        ),
        ("whats lopez's lawyer called", "what is the name of lopez's lawyer?"),
        (
            "maduro was on tv flanked by 3 top military guys, who were they",
            "maduro was on tv flanked by 3 top military guys, what were their names?",
        ),
        ("the protests were huge, who were they", "the protests were huge, who were they"),
        (
            "the us official who said figuera's letter was real, who was it",
            "the US official who said figuera's letter was real, what was their name?",
        ),
        ("the death toll in caracas, who was it", "the death toll in caracas, who was it"),
        # Someone else told of by a noun alone, then asked for as "it"; not a doer left unnamed, nor one told bare.
        (
            "another reporter got hurt besides the photographer, who was it",
            "another reporter got hurt besides the photographer, what was their name?",
        ),
        # …after "there was".
        (
            "there was another politician holed up in the chilean ambassador's house, who was it?",
            "there was another politician holed up in the chilean ambassador's house, what was their name?",
        ),
        (
            "there was a soldier in a blue bandana, who was he?",
            "there was a soldier in a blue bandana, what was his name?",
        ),
        ("a photographer got shot by someone, who was it", "a photographer got shot by someone, who was it"),
        ("official says maduro wanted to leave, who was it", "official says maduro wanted to leave, who was it"),
        ("the official death toll, who was it", "the official death toll, who was it"),
        # A group described, not counted, may be answered by a description ("colectivos").
        (
            "armed men on motorbikes fired on the protesters in caracas, who were they",
            "armed men on motorbikes fired on the protesters in caracas, who were they",
        ),
        # "that official" asks for the official told first, not for someone named before it.
        (
            "cabello called on supporters to amass at miraflores, who is that official",
            "cabello called on supporters to amass at miraflores, who is that official",
        ),
        # A frame in the last clause, dropped only where a question is left.
        (
            "lopez fled to the spanish embassy - do we know when that was",
            "lopez fled to the spanish embassy, when was that",
        ),
        ("maduro's speech, do they say what he promised", "maduro's speech, do they say what he promised"),
        (
            "a senior american official authenticated figuera's letter; who was that official?",
            "a senior american official authenticated figuera's letter, what was the name of that official?",
        ),
        # Asked again by its noun after "which", framed or not; not a noun the question never told.
        (
            "the letter was confirmed as real by a senior US official — do we know which official?",
            "the letter was confirmed as real by a senior US official, what was the name of that official?",
        ),
        (
            "a senior us official confirmed the letter, which official is it",
            "a senior us official confirmed the letter, what is the name of that official?",
        ),
        ("maduro's speech was cut short, which official?", "maduro's speech was cut short, which official?"),
        (
            "the republican on fox saying russian nukes might already be in venezuela, who is that guy",
            "the republican on fox saying russian nukes might already be in venezuela, what is his name?",
        ),
        (
            "maduro spoke with 3 generals beside him, who were those",
            "maduro spoke with 3 generals beside him, what were their names?",
        ),
        ("what is the country officially called", "what is the country officially called"),
        # Someone named after a request, asked "who was he": who he was, not a name.
        ("what's the story of simon bolivar, who was he", "who was simon bolivar"),
        # Left as typed: a sentence asked without its auxiliary, Spanish, a time told first, a possessive's pronoun.
        ("bolsonaro thinks guaido lost?", "bolsonaro thinks guaido lost?"),
        ("guaido tiene hijos?", "guaido tiene hijos?"),
        ("later on tuesday, where did lopez and his family go", "later on tuesday, where did lopez and his family go"),
        ("lopez's lawyer, whats his name", "lopez's lawyer, what is his name"),
        # "that" after a person told first asks for a name, as "he" does; not after a thing.
        ("lopez's lawyer, who is that", "lopez's lawyer, what is their name?"),
        (
            "the other opposition politician in the chilean ambassador's residence, who is that",
            "the other opposition politician in the chilean ambassador's residence, what is their name?",
        ),
        (
            "maduro spoke flanked by 3 loyal military commanders, who were they",
            "maduro spoke flanked by 3 loyal military commanders, what were their names?",
        ),
        ("guaido's party, who is that", "guaido's party, who is that"),
        # Whether the articles know a name, asked last: the name itself.
        (
            "Provea says a 24-year-old was killed in La Victoria. Do we know his name?",
            "Provea says a 24-year-old was killed in La Victoria, what is his name?",
        ),
        (
            "The protester who got run over by the armoured vehicle - has he been identified?",
            "The protester who got run over by the armoured vehicle, what is his name?",
        ),
        ("guaido, has he been named interim president", "guaido, has he been named interim president"),
        # A lone word opening a question asked by its noun is capitalised for its place, not a name; an owner stays.
        ("Size of Moscow's loans to Caracas?", "what is size of Moscow's loans to Caracas?"),
        ("Duque's age?", "what is Duque's age?"),
        ("Duque birthday?", "what is Duque birthday?"),
        ("Obama reaction?", "what is Obama reaction?"),
        ("Age of Cabello?", "what is age of Cabello?"),
        ("Lopez's lawyer - who is that?", "Lopez's lawyer, what is their name?"),
        (
            "the 25 soldiers at the embassy - have they been identified?",
            "the 25 soldiers at the embassy, what are their names?",
        ),
        ("do we know if guaido was arrested", "do we know if guaido was arrested"),
        # A report telling of someone first; a name asked with its clause after "called"; a statement made, asked as
        # what was said.
        ("hot air mentions lopez's lawyer, who is that", "hot air mentions lopez's lawyer, what is their name?"),
        (
            "What was the medical centre called where doctors treated the 50 injured?",
            "what was the name of the medical centre where doctors treated the 50 injured?",
        ),
        ("did beijing put out any statement on the uprising", "what did beijing say?"),
        ("has the pope made any statement?", "what did the pope say?"),
        # The people counted told first, then how many there are.
        (
            "Russian mercenaries guarding Maduro — roughly how many are there?",
            "roughly how many Russian mercenaries guarding Maduro are there?",
        ),
        ("the protesters arrested tuesday - how many were there?", "how many protesters arrested tuesday were there?"),
        (
            "At the medical centre near the street battles, how many were there?",
            "At the medical centre near the street battles, how many were there?",
        ),
        # A thing told with what it was doing, then its name asked.
        (
            "The medical centre treating the wounded near La Carlota, what's it called?",
            "what is the name of the medical centre treating the wounded near La Carlota?",
        ),
        # A statement told first, then a question whole in itself about someone's thing: the question alone; not one
        # pointing back ("its president"), nor a question's own context ("in his letter, …").
        ("Maduro accused neighbouring Colombia - who is Colombia's president?", "who is Colombia's president?"),
        ("maduro blamed colombia too, so who's colombia's president", "who's colombia's president?"),
        (
            "Maduro blamed Colombia - what is its president's name?",
            "Maduro blamed Colombia, what is its president's name?",
        ),
        (
            "guaido called for protests, who is his party's leader?",
            "guaido called for protests, who is his party's leader?",
        ),
        (
            "saw that the spy chief broke with maduro in a letter — what's the guy's name?",
            "saw that the spy chief broke with maduro in a letter — what's the guy's name?",
        ),
        (
            "According to Bolton, who is Maduro's defence minister?",
            "According to Bolton, who is Maduro's defence minister?",
        ),
        # A thing named first in a few words, then asked after as "that compound"; not a sentence told first, nor a
        # dummy "it" after an opener.
        ("Fort Tiuna — where is that compound actually located?", "where is Fort Tiuna actually located?"),
        ("guaido's video, when was that video posted", "when was guaido's video posted"),
        ("The Tuesday uprising: when was that operation launched?", "when was the Tuesday uprising launched?"),
        (
            "Sorry, when was it that Guaido declared himself president?",
            "Sorry, when was it that Guaido declared himself president?",
        ),
        ("the spy chief quit, what is that agency called", "the spy chief quit, what is the name of that agency?"),
        ("the chief quit — where is that agency based?", "the chief quit — where is that agency based?"),
        ("cabello runs it now, where is that base?", "cabello runs it now, where is that base?"),
        ("lopez went to the embassy, where is it", "lopez went to the embassy, where is it"),
    ],
)
def test_the_checks_read_the_plain_question(typed, read):
    assert as_the_checks_read(typed) == read


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # Maduro's age is not Guaido's (names as the engine writes them for the checks, `truecase`).
        ("Maduro's age, do we know it", "Guaido, 35, invoked the constitution to assume an interim presidency."),
        # A party boss is no party of Guaido's.
        (
            "Guaido, which party is he with, do we know",
            "Socialist party boss Diosdado Cabello called on government supporters to amass at the palace.",
        ),
        ("guaido's political party, whats it called", "Guaido urged Venezuelans to take to the streets on Tuesday."),
        (
            "La Carlota air base's full official name, what is it",
            "Pro-Guaido supporters are seen near the La Carlota airbase in the capital Caracas.",
        ),
        (
            "Leopoldo Lopez started a political party right? which one",
            "Leopoldo Lopez, Mr Guaido's political mentor and the nation's most prominent opposition activist, stood "
            "alongside him.",
        ),
        (
            "Leopoldo Lopez started a political party right, whats it called",
            "Leopoldo Lopez, Mr Guaido's political mentor and the nation's most prominent opposition activist, stood "
            "alongside him.",
        ),
        # A reason asked by its noun needs what a "why" needs: a list of supporters gives none.
        (
            "what's Turkey's reason for supporting Maduro",
            "Supporting incumbent President Nicolas Maduro: Russia, Turkey.",
        ),
        (
            "what made the 25 troops pick Brazil's embassy",
            "At least 25 Venezuelan troops have applied for asylum in Brazil's embassy in Caracas, Bolsonaro's office "
            "confirmed earlier.",
        ),
        # A part of the injured asked, the whole told first: no count of the injured, no answer.
        (
            "of the 100 injured how many were soldiers or police",
            "'It's now or never,' said one of the young rebellious soldiers, his face covered in the blue bandanna.",
        ),
        # A possessive typed without its apostrophe: the ambassador's name, not his residence's.
        (
            "whats the chilean ambassadors name",
            "Later on Tuesday, Mr Lopez and his family sought refuge in the Chilean ambassador's residence in Caracas.",
        ),
        # What came after the move told first: not told by a story ending with the move.
        (
            "Lopez moved to the spanish embassy after the chilean one, what happened to him after that",
            "Later on Tuesday, Mr Lopez and his family sought refuge in the Chilean ambassador's residence in Caracas. "
            "They later moved to the Spanish embassy. There were also reports that 25 troops had sought asylum.",
        ),
        # An official told first and asked for as "it": a name, which "a senior US official" is not.
        (
            "the US official who said Figuera's letter was real, who was it",
            "The letter circulating on social media was confirmed by a senior US official. He said the general's wife "
            "is currently outside the country.",
        ),
        # People told first and asked for as "they": their names, which a picture caption leaves out.
        (
            "Maduro was on tv flanked by 3 top military guys, who were they",
            "President Nicolas Maduro, left, flanked by three of Venezuela's most senior military figures, give a TV "
            "address asserting his control over the country.",
        ),
        # The same, told first by the report that mentions them.
        (
            "hot air mentions lopez's lawyer, who is that",
            "Jazz mentioned this earlier but opposition leader Leopoldo Lopez has been released and is walking the "
            "streets today.",
        ),
        # A statement asked after: what China said, which a passage where China does not speak does not tell.
        (
            "did beijing put out any statement on the uprising",
            "The leader, who has been relying on support from Russia and China, was largely absent as events unfolded "
            "Tuesday.",
        ),
        # How many mercenaries: a count of something else does not tell.
        (
            "Russian mercenaries guarding Maduro — roughly how many are there?",
            "At one point armoured cars of the National Guard drove at protesters and ran several of them over.",
        ),
        # A medical centre's name asked with "called" before the clause: a centre left unnamed gives none.
        (
            "What was the medical centre called where doctors treated the 50 injured?",
            "The head of a medical centre near the site of the street battles said doctors were treating 50 people.",
        ),
        # "Who exactly": a name, which "a senior U.S. official" is not.
        (
            "Who exactly was the senior US official that confirmed Figuera's letter was genuine?",
            "The authenticity of the letter circulating on social media was confirmed by a senior U.S. official.",
        ),
        # Someone told first after "there was", asked for as "it": a name, which a passage of others does not give.
        (
            "there was another opposition politician already holed up in the chilean ambassador's house for a year, "
            "who was it?",
            "Some members of the military defected, but Maduro by and large retained control over the military and "
            "other levers of power. Presenting a surprising lack of confidence in Guaido, opposition supporters "
            "celebrated the release of Leopoldo Lopez from house arrest.",
        ),
        # Told first, then asked "why": a reason, which the passage does not give.
        (
            "Figuera's wife is outside the country, why",
            "The letter circulating on social media was confirmed by a senior US official. He said the general's wife "
            "is currently outside the country.",
        ),
        # Someone asked about after a request: who he is, which a passage not naming him does not tell.
        (
            "tell me about simon bolivar, who was he",
            "Manuel Ricardo Cristopher Figuera, the head of Venezuela's feared SEBIN intelligence agency, wrote a "
            "letter to the Venezuelan people.",
        ),
        # Told first with a hyphen before the question: an airport, which the passage does not name.
        (
            "saw the US claimed a plane was waiting to take maduro to cuba - which airport was it sitting at?",
            "The opposition’s hoped-for split in the military didn’t emerge, a plane that the U.S. claimed was "
            "standing by to ferry Maduro into exile in Cuba never took off.",
        ),
    ],
)
def test_an_attribute_asked_in_chat_needs_what_the_plain_question_needs(question, passage):
    assert not fits_answer_type(as_the_checks_read(question), passage)


def test_a_reason_asked_after_what_is_told_is_given_by_a_passage_giving_one():
    question = as_the_checks_read("Figuera's wife is outside the country, why")
    assert fits_answer_type(question, "He said the general's wife is outside the country because she feared arrest.")


def test_a_question_told_after_a_statement_or_a_thing_needs_what_the_plain_question_needs():
    colombia = as_the_checks_read("Maduro accused neighbouring Colombia - who is Colombia's president?")
    assert not fits_answer_type(colombia, "Colombia's foreign minister said on Tuesday that Maduro must go.")
    assert fits_answer_type(colombia, "Colombian President Ivan Duque said Maduro must go.")
    tiuna = as_the_checks_read("Fort Tiuna — where is that compound actually located?")
    hiding = "Bolton said Maduro was hiding out at a compound called Fort Tiuna, being protected by Cuban forces."
    assert not fits_answer_type(tiuna, hiding)
    assert fits_answer_type(tiuna, "Fort Tiuna, the military complex in southern Caracas, was quiet on Tuesday.")


def test_a_count_asked_about_the_articles_needs_a_number():
    question = as_the_checks_read("number of people detained on tuesday april 30, do we know")
    passage = "As Venezuelans prepare for a second day of unrest, the number of dead and wounded hasn't been reported."
    assert not fits_answer_type(question, passage)
    assert fits_answer_type(question, "At least 119 people were detained on Tuesday, the rights group said.")


def test_a_statement_a_name_or_a_lawyer_asked_in_other_shapes_is_given_by_a_passage_telling_it():
    statement = as_the_checks_read("did beijing put out any statement on the uprising")
    china_speaks = "China's foreign ministry said on Wednesday that it opposed any outside interference in Venezuela."
    assert fits_answer_type(statement, china_speaks)
    centre = as_the_checks_read("What was the medical centre called where doctors treated the 50 injured?")
    assert fits_answer_type(centre, "Doctors at the Perez Carreno Hospital said they were treating 50 people.")
    lawyer = as_the_checks_read("hot air mentions lopez's lawyer, who is that")
    assert fits_answer_type(lawyer, "Lopez's lawyer, Juan Carlos Gutierrez, said his client was free.")


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # A statement asked after is read as what was said, its topic left to the models: "the general's wife" is
        # Figuera's.
        (
            "Did the US official make any comment about Figuera's wife?",
            "The letter circulating on social media was confirmed by a senior US official. He said the general's wife "
            "is currently outside the country.",
        ),
        # A place's name asked with "called" before its clause only for places named with their kind: a city is not.
        (
            "What was the city called where the 24-year-old was killed?",
            "Provea said a 24-year-old man was shot and killed during an anti-government protest in the city of La "
            "Victoria.",
        ),
        ("What was the man called who heads the National Assembly?", "Guaido, who heads the National Assembly, said."),
        # Something told first, then "how many were there" after a place: no count of the place is asked.
        (
            "At the medical centre near the street battles, how many were there?",
            "The head of a medical centre near the site of the street battles said doctors were treating 50 people.",
        ),
    ],
)
def test_an_answer_asked_in_those_shapes_is_kept(question, passage):
    assert fits_answer_type(as_the_checks_read(question), passage)
