"""The kind of answer a question asks for (a date, a number, a name, a reason…) and whether a passage holds it."""

from __future__ import annotations

import pytest

from index.agents import unmentioned_beside_doerless
from index.answertype import fits_answer_type
from index.attributes import asked_attributes
from index.question import as_the_checks_read
from index.text import reason_opening_end


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("When did the uprising start?", "Guaido called on the military to launch the uprising on Tuesday."),
        ("¿Cuándo empezó el levantamiento?", "The uprising began early on 30 April 2019."),
        ("How many people were injured?", "At least 100 people were injured in the clashes."),
        ("any figure for total arrests in caracas?", "Police said 205 people were arrested in Caracas."),
        ("how many died", "The death toll hasn't yet been reported."),
        ("How old is the man who was killed?", "Provea said a 24-year-old man was shot and killed."),
        ("In what year was Lopez detained?", "Detained in 2014 for leading protests, Lopez was freed."),
        ("Who leads SEBIN?", "Manuel Cristopher Figuera, the head of SEBIN, broke with Maduro."),
        ("how old is the guy leading the opposition", "Guaido, the 35-year-old leader of the opposition, spoke."),
        ("Who is Juan Guaidó married to?", "Guaido's wife, Fabiana Rosales, stood beside him at the rally."),
        ("¿Con quién está casado Guaidó?", "Guaido married Fabiana Rosales in 2013."),
        ("Where was Guaido born?", "Guaido comes from La Guaira, on the coast."),
        ("¿Cuál es la moneda de Venezuela?", "Prices are quoted in bolivars, which lost half their value."),
        ("How many were arrested?", "On April 30, 2019, at 10:30, police arrested 25 people near La Carlota."),
        ("¿Cuántos fueron detenidos?", "Police said dozens were detained on May 1 in Caracas."),
        ("How many died?", "As many as 12 may have died in the clashes."),
        ("How many marched?", "About 2000 people marched on Tuesday."),
        ("How many years has Maduro been in power?", "Maduro has ruled Venezuela since 2013."),
        ("¿Cuánto tiempo lleva Maduro en el poder?", "Maduro has ruled Venezuela since 2013."),
        ("How many could be charged?", "Up to 30 may face charges, prosecutors said."),
        ("How many gathered?", "A crowd of 2000 gathered on Tuesday."),
        ("How many died?", "Since January 40 people have died."),
        # Money counts when money is counted; a count beside a sum still counts.
        ("How many dollars has Russia lent?", "Moscow has handed the country some $17billion in loans."),
        ("How many troops did Russia send?", "Russia sent 100 troops and $2billion in aid."),
        ("How many were killed?", "Between 2014 and 2017 more than 40 were killed."),
        ("¿Quién es Juan Guaidó?", "Guaidó, 35, invoked the constitution to assume an interim presidency."),
        ("who is padrino lopez", "Defence Minister Padrino said the army stood firm."),
        ("who is guaidos dad", "Guaido's father drove a taxi."),
        ("who was arrested", "Police detained opposition lawmaker Juan Requesens on Tuesday."),
        ("quien fue detenido", "Police detained opposition lawmaker Juan Requesens on Tuesday."),
        ("Who was killed in La Victoria?", "A 24-year-old man was shot and killed, Provea said."),
        ("how many millions did russia lend venezuela", "Moscow lent Caracas $17 billion."),
        ("how many hostages survived", "Only one of the hostages survived the raid."),
        ("how many protesters gathered", "Between 1900 and 2000 protesters gathered."),
        ("how many protesters gathered", "Police dispersed the 2000 protesters who gathered."),
        ("Did the uprising end up failing?", "The opposition's hoped-for split in the military didn't emerge."),
        ("did the plane to cuba end up taking off?", "A plane standing by to ferry Maduro to Cuba never took off."),
        # A phrasal verb tells the outcome in other words: taking off is leaving, stepping down resigning.
        ("So did the jet waiting to fly Maduro out ever actually leave?", "The plane to Cuba never took off."),
        ("did maduro's getaway flight ever actually get off the ground?", "The plane to Cuba never took off."),
        ("Did Maduro ever resign?", "Maduro stepped down on Friday."),
        ("did they ever follow through on their pledges", "The officials never honored their pledges."),
        # A figurative "take off" asks whether something succeeded: not checked as leaving.
        ("Did the uprising ever take off?", "The uprising was a spectacular failure."),
        ("Did the uprising ever get off the ground?", "The uprising was a spectacular failure."),
        ("Did the uprising fail in the end?", "The uprising fizzled as the military stood by Maduro."),
        # An age belongs to the name nearest it, titles and a few describing words apart.
        ("how old is guaido anyway", "Guaidó, the telegenic 35-year-old leader of the opposition, spoke."),
        ("How old is Robert Mugabe?", "Tanks confined President Robert Mugabe, 93, to his home."),
        ("How old is Omar al-Bashir?", "Sudan's army removed Omar al-Bashir, 75, on Thursday."),
        # The owner of "'s age" is whom the question asks about, not a word of what it asks.
        ("What is Juan Guaido's age?", "Guaido, 35, invoked the constitution to assume an interim presidency."),
        ("how long has padrino been defence minister", "Padrino, defence minister since 2014, stood by Maduro."),
        ("What state does Marco Rubio represent?", "Florida Senator Marco Rubio tweeted all morning."),
        ("how far is the kati base from bamako", "The Kati base, about 15 km (9 miles) from Bamako, rose up."),
        ("How did the man in La Victoria die?", "A 24-year-old man was shot and killed in La Victoria."),
        ("what's mnangagwa's nickname", "Mnangagwa, nicknamed 'The Crocodile', fled to South Africa."),
        ("What rank does Figuera hold?", "General Manuel Cristopher Figuera broke with Maduro."),
        ("did the man shot in La Victoria survive?", "A 24-year-old man was shot and killed in La Victoria."),
        ("did guaido make it to the base", "Guaido reached the La Carlota air base at dawn."),
        ("¿Cuántos estados tiene Venezuela?", "Venezuela is divided into 23 states and a capital district."),
        ("exact number of russian mercenaries guarding maduro?", "About 400 Russian mercenaries guard Maduro."),
        # Each age belongs to the name nearest it, a whole name, titles, months and possessors ("Maduro's") aside.
        ("How old is Guaido?", "The 35-year-old Juan Guaido invoked the constitution."),
        ("How old is Padrino?", "Defence Minister Vladimir Padrino Lopez, 55, stood by Maduro."),
        ("How old is Guaido?", "Maduro's 35-year-old rival, Juan Guaido, spoke on Tuesday."),
        ("How old is Bolsonaro?", "Jair Bolsonaro, the 64-year-old President of Brazil, spoke."),
        # Questions that only look like the attribute rows' (a review of stop 29's rows found these).
        ("How far is the US willing to go to remove Maduro?", "Military action is possible, Pompeo said."),
        ("How many states have recognized Guaido?", "Guaido is recognized by the U.S. and over 50 nations."),
        ("How long has it been since the head of SEBIN broke ranks?", "Figuera wrote a letter on Tuesday."),
        ("What is the rank of Venezuela's oil reserves in the world?", "Its reserves are the largest in the world."),
        ("How did Guaido's coup attempt die out?", "The opposition seemed outmaneuvered again by nightfall."),
        # Whether something eventually happened is told by that happening, in any form or a near synonym.
        ("What happened to Figuera? Was he ever caught?", "Figuera was arrested on Friday and later released."),
        ("did the soldiers end up getting asylum", "The soldiers were later granted asylum in Brazil."),
        ("did the crowd ever reach the palace", "By evening the marchers had arrived at the palace."),
        ("¿Arrestaron a Guaidó después del 30 de abril?", "Guaido was detained on 5 May."),
        ("¿Huyó López después de salir?", "Lopez sought refuge in the Chilean residence."),
        ("did the rebels ever manage to take the base?", "Maduro said the base resisted a takeover attempt."),
        # "Actually" asks whether the report says so, not what came of it: the report tells it in its own words.
        ("did anybody actually get run over?", "Another driver plows through the crowd leaving one person down."),
        ("was anyone actually arrested?", "Maduro vowed to arrest them, and police arrested 20 people on Wednesday."),
        # A plan's word must be one ("a plane"), and a promise kept is told after it.
        ("did maduro ever leave", "Maduro boarded a plane and left for Havana."),
        ("did guaido ever return?", "Guaido, who had vowed to return, returned on Monday."),
        ("did guaido ever return?", "Guaido said he would, and returned on Monday."),
        (
            "Did Lopez ever tell Venezuelans to take to the streets?",
            "'I want to tell the Venezuelan people: take to the streets,' Lopez said.",
        ),
        # Dated in one sentence; the next names "countries", as most do, and tells nothing of the event.
        (
            "when did guaido first proclaim himself the country's interim leader",
            "Guaido, 35, invoked the constitution to assume an interim presidency in January, igniting a power "
            "struggle with Maduro. He has the support from about 50 countries.",
        ),
        # Said in a sentence naming the one asked about, or with "he" or "they" for them.
        ("did lopez ever leave the spanish embassy?", "Mr Lopez was seen in Caracas. He later left the embassy."),
        ("did lopez ever leave the spanish embassy?", "In June, Mr Lopez left the Spanish embassy for Madrid."),
        ("did he ever leave venezuela", "He later fled to Spain."),
        # Told of the one asked about: named first in the sentence, however long what follows the name, or near the
        # act; or spoken of as "he" in a sentence not naming them.
        (
            "was guaido arrested after the uprising",
            "Days after the uprising, Maduro ordered the arrest of opposition leader Juan Guaido.",
        ),
        (
            "was zambrano arrested after the uprising",
            "Edgar Zambrano, the first vice president of the opposition-controlled National Assembly and a close ally "
            "of Guaido, was arrested on Wednesday.",
        ),
        (
            "did lopez flee after he was freed",
            "Leopoldo Lopez, who had been under house arrest since 2017 for leading protests against Maduro, fled to "
            "the Chilean embassy.",
        ),
        (
            "was marrero arrested after the uprising",
            "Roberto Marrero was not seen again. Lawyer Joel Garcia said he had been taken into custody by agents.",
        ),
        ("What happened to Lopez after he reached the embassy?", "Lopez later moved to the Spanish embassy."),
        # Whether an act followed an event: told by the act, or by the words also telling it.
        ("Did Lopez flee after he was freed?", "Lopez and his family sought refuge in the Chilean residence."),
        ("was figuera arrested after his letter came out?", "Figuera was taken into custody on Friday."),
        ("Did Maduro speak after the uprising?", "Maduro delivered a speech on Tuesday night."),
        # A relative clause's verb is no act asked about ("captured on video" asks about no capture).
        (
            "Did the photographer who was captured on video receive treatment after being shot?",
            "The injured photographer received medical treatment.",
        ),
        # Whether someone survived: told by a death or a survival.
        ("Did the man shot in La Victoria survive?", "Provea said a 24-year-old man was shot and killed."),
        ("did the photographer survive", "The photographer survived and is recovering."),
        # Where someone went: told by going, fleeing, moving, boarding a plane, seeking refuge or staying.
        ("where did lopez end up hiding after he got out?", "Lopez later sought refuge at the Chilean residence."),
        # Where someone is holed up is no place asked to be located.
        (
            "where is maduro holed up with his generals according to bolton?",
            "Bolton said Maduro and his top military allies were hiding out at a compound called Fort Tiuna.",
        ),
        ("where did gotabaya run to first", "Gotabaya boarded an air force plane to Male."),
        ("¿Adónde se trasladó López?", "They later moved to the Spanish embassy."),
        # What happened to someone after an event is often told plainly: what was done to them.
        ("What happened to the photographer after he was shot?", "The photographer received treatment from medics."),
        ("What happened to Gregory Jaimes after he was injured?", "Jaimes was carried away by colleagues."),
        # A reason is given by a cause, a purpose or a charge, however it is worded.
        ("why was lopez locked up", "Detained in 2014 for leading a round of unrest, Lopez was freed on Tuesday."),
        ("why was rubio tweeting about cnn", "Rubio has been tweeting all morning, with criticism of CNN's coverage."),
        (
            "¿Por qué convocó Guaidó el alzamiento?",
            "Guaido said he called for the uprising to restore the constitution.",
        ),
        ("why is the opposition angry", "Tensions soared as Maduro had been fraudulently re-elected last year."),
        ("Why did Maduro promise prosecutions?", "Maduro promised criminal prosecutions over the 'serious crimes'."),
        ("Why did Figuera break with Maduro?", "He has been loyal but now it is time to ‘rebuild the country’."),
        # Only a verb of the outcome table is looked for, whatever words stand between it and "ever".
        ("Did the protests ever turn violent?", "Over 70 persons have been injured in violent clashes."),
        (
            "Did Brazil ever formally recognise Guaido?",
            "Brazil is among dozens of countries that have recognised Guaido.",
        ),
        ("how many tanks did venezuela buy", "Venezuela bought 92 T-72 tanks from Russia."),
        ("how many people marched", "A crowd of 2000 marched to the palace."),
        # The outcome asked with its marker last is told by its verb or a near synonym.
        ("did the soldiers get asylum in the end", "The soldiers were later granted asylum in Brazil."),
        ("did he leave venezuela eventually", "He later fled to Spain."),
        # Whether two people are related is told by a word of kinship, or by its denial.
        ("Is Padrino Lopez related to Leopoldo Lopez?", "Padrino Lopez is not related to the opposition leader."),
        ("¿Padrino López es pariente de Leopoldo López?", "Padrino Lopez is a cousin of Leopoldo Lopez."),
        # The state a place lies in is named, Venezuelan or American, or said to be "the state of…".
        ("In which Venezuelan state is La Victoria?", "La Victoria, in Aragua, saw a man shot dead on Tuesday."),
        ("¿en qué estado?", "La Victoria, en el estado Aragua, vio protestas."),
        # A party's name is a name: "the United Socialist Party of Venezuela", an acronym, "Partido…".
        ("what's the name of the party cabello runs?", "Cabello runs the ruling Partido Socialista Unido."),
        ("¿Cómo se llama el partido de Cabello?", "Cabello, number two of the PSUV, spoke."),
        # A model is named by its maker or its designation.
        ("Which model of fighter jets did Venezuela buy?", "Venezuela bought 24 Sukhoi Su-30 jets from Russia."),
        ("What model of armored vehicle drove into the crowd?", "A VN-4 armoured car drove into the crowd."),
        # A maker is named as one ("made by", "Chinese-built"), an official name as one ("officially known as").
        ("Who manufactured the armored vehicles?", "The VN-4 vehicles, made by China's Norinco, drove on."),
        ("Who manufactured the armored vehicles?", "The Chinese-built vehicles drove into the crowd."),
        # A successor is told as one: replaced, took over, named, the new head.
        ("Who replaced Cristopher Figuera?", "Maduro named Gen. Gustavo Gonzalez Lopez to replace Figuera."),
        (
            "who did maduro appoint as the new sebin director after figuera broke with him?",
            "Maduro named Gustavo Gonzalez Lopez as the new head of SEBIN, replacing Figuera.",
        ),
        ("what make or model were the armored vehicles?", "Two VN-4 armoured vehicles drove into the crowd."),
        ("Has the man killed in La Victoria been identified?", "Provea named the man shot dead as Samuel Mendez, 24."),
        # Identified by a name the question does not give; "identified as" asks for a holder.
        ("Has the TV journalist injured in the clashes been identified?", "VPITV journalist Gregory Jaimes was hurt."),
        ("Has the sergeant who shot at the protesters been identified?", "Sergeant Jose Ramirez fired on the crowd."),
        (
            "Has the officer who shot Juan Pablo Pernalete been identified?",
            "Prosecutors charged Lieutenant Juan Gonzalez with the killing of Juan Pablo Pernalete.",
        ),
        ("Who has been identified as the head of SEBIN?", "The head of SEBIN, Cristopher Figuera, wrote a letter."),
        (
            "Who did the opposition choose as interim president instead of Maduro?",
            "Guaido, 35, invoked the constitution to assume an interim presidency in January.",
        ),
        ("At what exact time did Guaido release his video?", "Guaido released his video at 5:30 on Tuesday."),
        ("What is the official name of La Carlota air base?", "La Carlota is officially named Generalissimo Miranda."),
        # A time of day, said of the asked event; a part of the day unless the question names one.
        (
            "What time did Lopez arrive at the Spanish embassy?",
            "Mr Lopez arrived at the Spanish embassy late at night.",
        ),
        (
            "At what time on Tuesday morning did Guaido release his video?",
            "Guaido released his video at 5:30 on Tuesday.",
        ),
        ("¿A qué hora empezó la marcha?", "The march began at noon in eastern Caracas."),
        ("At what exact time did Guaido release his video?", "Guaido released his video at 5:30 on Tuesday."),
        ("What time did Guaido release his video?", "Guaido released his video in the early hours of Tuesday."),
        ("What time did Guaido release his video?", "Guaido released his video shortly after 5 on Tuesday."),
        ("what time did guaido post the video on tuesday", "Guaido posted the video at dawn on Tuesday."),
        ("remember the drone attack on Maduro? when was that?", "The drone attack on Maduro came in August 2018."),
        # Asked of nothing but someone and a day, a time said of him that day answers.
        ("what time was Guaido out on tuesday", "Guaido issued a rallying cry on Tuesday night."),
        ("¿A qué hora de la tarde empezó la marcha?", "La marcha empezó a las cinco de la tarde."),
        # An acronym's full name is given beside it; a successor may be one who returned to the post.
        ("What is the full name of SEBIN?", "Figuera headed the Bolivarian National Intelligence Service (SEBIN)."),
        ("Who replaced Figuera as SEBIN chief?", "Gonzalez Lopez, SEBIN's chief before Figuera, returned to the post."),
        # "Related to" a thing, not a person, asks for no kinship.
        ("Is the blackout related to the sanctions?", "The blackout began after the sanctions took effect."),
        ("did lopez ever get released", "Leopoldo Lopez has been released from house arrest."),
        ("Was Lopez ever released?", "Lopez was freed on Tuesday."),
        ("Did Guaido ever become president?", "Guaido became interim president in January."),
        ("Did Maduro ever say the coup had failed?", "Maduro said the attempted coup had failed."),
        ("Was this the most serious threat Maduro had ever faced?", "It marks the most serious threat yet to Maduro."),
        ("What is behind Russia's age-old alliance with Maduro?", "Russia backs Maduro with arms and loans."),
        # A name asked for is given by a named or definite mention, and "what choice…" asks for no name.
        ("Which opposition leader was freed?", "Opposition leader Leopoldo Lopez has been released."),
        ("Which prison was Lopez held in?", "Lopez was held in a military prison, Ramo Verde, for years."),
        ("What choice did Bolton say the military has?", "Bolton said the military has a choice to make: democracy."),
        (
            "Which Bolsonaro adviser was sceptical?",
            "General Augusto Heleno, a close adviser to Bolsonaro, was sceptical.",
        ),
        ("Which opposition leader was freed from house arrest?", "Leopoldo Lopez, an opposition leader, was freed."),
        ("who's the former police chief that was freed", "Ivan Simonovis, who was a former police chief, was freed."),
        ("which prison was he held in", "He was held at Ramo Verde, which is a military prison, for years."),
        (
            "who's the ally that's holed up there?",
            "Leopoldo Lopez, Guaido's mentor and another ally, is holed up there.",
        ),
        ("Which opposition leaders coordinated actions?", "Guaido and Lopez, the two opposition leaders, coordinated."),
        ("Which year was Lopez detained?", "Detained in 2014, he has been holed up for over a year."),
        ("What happened to the soldiers after the uprising?", "At least 25 troops have applied for asylum in Brazil."),
        (
            "what exactly did bolton say about cuba",
            "Bolton told a radio show that Maduro was protected by Cuban forces.",
        ),
        ("What exactly does Maduro say about the sanctions?", "Maduro says the sanctions are a crime."),
        ("What did Maduro actually say in his speech?", "Maduro said: 'The attempted coup has failed'."),
        ("¿Qué dijo Maduro en su discurso del martes?", "Maduro declared that the opposition had attempted a coup."),
        ("what's the population of venezuela roughly", "Venezuela, a country of 30 million people, is in crisis."),
        ("How many years in prison was Lopez sentenced to?", "Lopez was sentenced to nearly 14 years in prison."),
        ("Did Brazil actually grant asylum to the soldiers?", "Brazil denied the soldiers' request for asylum."),
        ("Was Guaido arrested in the weeks after the uprising?", "Guaido was never arrested, and later left."),
        ("What did Maduro tell his supporters in his May Day speech?", 'Maduro told the rally: "We will win."'),
        ("Which Florida congressional district does Diaz-Balart represent?", "He represents Florida's 25th district."),
        ("Who was driving the armored vehicle?", "The vehicle was driven by a National Guard sergeant."),
        ("What did Maduro do for a living before he went into politics?", "Maduro worked as a bus driver."),
        ("What does Diaz-Balart do for a living?", "Republican congressman Mario Diaz-Balart claimed it."),
        ("What did Mikael Wigell do for a living?", "Mikael Wigell, a researcher from the Finnish Institute, said so."),
        ("Was an arrest warrant issued for Guaidó?", "The supreme court ordered an arrest warrant for Guaido."),
        ("How was the photographer injured?", "The photographer was shot by the National Guard."),
        ("How were the protesters hurt?", "A military vehicle was ramming a crowd and crushing one person."),
        ("Did Maduro issue arrest warrants?", "He demanded that all supporters must be identified and arrested."),
        # Names in what "he" is quoted saying are not his, the quote closed in the passage or running on past it.
        (
            "Did Bolsonaro think Guaido had lost?",
            "He said at the defence ministry: 'This is by no means a defeat, I recognise the spirit of Juan Guaido.",
        ),
        ("Did Bolsonaro think Guaido had lost?", "He said: 'I recognise the spirit of Juan Guaido' at the ministry."),
        ("What did Maduro tell his supporters in his speech?", "In a speech, Maduro demanded that they be arrested."),
        ("what's the population of venezuela roughly", "Venezuela, a country of 30m people, is in crisis."),
        ("How many days did Lopez stay in the Spanish embassy?", "Lopez left the embassy after 18 days."),
        ("what month was the election where Maduro got re-elected", "Maduro was re-elected last May."),
        ("How long was the video Guaido posted on Tuesday night?", "Guaido's video, posted overnight, ran 2 minutes."),
        ("¿Cuánto duró el video de Guaidó?", "Guaido's video ran for three minutes."),
        ("How many years has Maduro been in power?", "Maduro has ruled Venezuela since 2013."),
        # "When" opening a clause that another question follows asks no time.
        (
            "when maduro's troops threw tear gas at guaido's soldiers what did they do",
            "Pro-Guaido soldiers picked up the canisters and threw them back.",
        ),
        ("When the loyalists fired tear gas, how did the rebels react?", "The rebels threw the canisters back."),
        (
            "Cuando Tucker le preguntó si los rusos iban a poner misiles, ¿qué contestó Diaz-Balart?",
            "Mr Diaz-Balart then replied: 'What I am suggesting is that they are already there'.",
        ),
    ],
)
def test_a_passage_holding_the_kind_of_answer_asked_for_passes(question, passage):
    assert fits_answer_type(question, passage)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # A figure or a count asked for without "how many" still needs a number.
        (
            "any figure for total arrests in caracas?",
            "Maduro demanded that all opposition supporters who took part in Caracas must be identified and arrested.",
        ),
        ("opposition seat count in the national assembly?", "Guaido, who heads the National Assembly, spoke."),
        # Whether someone survived is not told by the injury or the care given.
        ("Did the protester run over by the armoured vehicle survive?", "Armoured cars ran several protesters over."),
        ("did the person the vehicle ran over actually survive??", "The injured man received medical treatment."),
        # Whether an act followed an event is not told by the event alone.
        ("was figuera arrested after his letter came out?", "Figuera wrote a letter on Tuesday breaking ranks."),
        ("Did Figuera flee Venezuela after his letter was published?", "Figuera wrote a letter breaking ranks."),
        ("When was Hugo Chavez born?", "Maduro inherited the movement founded by Hugo Chavez."),
        ("what exactly did trump tweet about venezuela?", "Finally, President Trump tweets support for Venezuela:"),
        ("What did Maduro actually say in his speech?", "President Nicolas Maduro speaking during a rally in Caracas."),
        # What someone said in a speech, an address or a letter needs the words said, not a caption of the speaker.
        ("What did Maduro say in his speech at the rally?", "President Nicolas Maduro speaking during a rally."),
        ("¿Qué dijo Maduro en su discurso del martes?", "President Nicolas Maduro speaking during a rally."),
        ("¿Cuántos venezolanos han emigrado?", "Lopez and his family sought refuge in the Chilean residence."),
        ("How old is Leopoldo Lopez?", "Lopez, Guaido's mentor and the most prominent activist, stood by him."),
        ("What year did Chavez lead a coup attempt?", "Chavez's heir Maduro addressed a May Day rally on Wednesday."),
        ("¿Qué edad tiene Cristopher Figuera?", "Guaido, the 35-year-old leader of the opposition, spoke."),
        ("Who is Juan Guaidó married to?", "Juan Guaido, the leader of the opposition, called for protests."),
        ("¿Cómo se llama la esposa de Leopoldo López?", "Lopez and his family sought refuge in the Chilean residence."),
        ("¿Dónde nació Juan Guaidó?", "Support for Maduro's regime comes from Russia, China and Turkey."),
        # The city a man was shot in does not say which state it lies in.
        (
            "In which Venezuelan state is the city of La Victoria located?",
            "Provea said a man was shot and killed during a protest in the city of La Victoria.",
        ),
        ("¿Dónde queda La Victoria? ¿en qué estado?", "A man was shot dead in the Venezuelan city of La Victoria."),
        # "Socialist party boss" says which party he leads, not its name.
        ("what's the name of the socialist party cabello runs?", "Socialist party boss Diosdado Cabello spoke."),
        ("what is cabello's socialist party actually called?", "Socialist party boss Diosdado Cabello spoke."),
        # Fighter jets, or an armoured vehicle, are a kind, not a model.
        (
            "Which model of Russian fighter jets did Venezuela buy?",
            "Venezuela purchased $11billion worth of tanks, missile defence systems and fighter jets from Russia.",
        ),
        ("What model of armored vehicle drove into the protesters?", "Armoured vehicles drove at the protesters."),
        # Vehicles that drove, a base by its usual name, a day without its hour, an hour of another event.
        (
            "Who manufactured the armored vehicles?",
            "Several armoured utility vehicles drove at full speed into the crowd.",
        ),
        ("Who took over as SEBIN director after Figuera?", "Figuera, the SEBIN director, wrote to Maduro on Tuesday."),
        ("What is the official name of La Carlota air base?", "Guaido and Lopez appeared at La Carlota on Tuesday."),
        (
            "What time did Lopez arrive at the Spanish embassy?",
            "Later on Tuesday, Mr Lopez moved to the Spanish embassy.",
        ),
        (
            "At what time on Tuesday morning did Guaido release his video?",
            "Guaido released his video early on Tuesday morning.",
        ),
        (
            "At what exact time on Tuesday morning did Guaido release his three-minute video?",
            "The stunning events began early Tuesday when Mr Guaido released the three-minute video.",
        ),
        ("what make or model were the armored vehicles?", "Several armoured utility vehicles drove into the crowd."),
        (
            "Has the driver of the armored vehicle that plowed through the crowd been identified?",
            "Another driver plows through the crowd leaving at least one person down on the street.",
        ),
        ("¿Ha sido identificado el fotógrafo?", "The photographer was seen with blood pouring from a bullet wound."),
        # An outlet named is no one identified.
        (
            "Has the soldier who drove the armored vehicle into the protesters been identified?",
            "Not long ago the Pan Am Post published video showing armored vehicles surrounded by angry protesters.",
        ),
        # Nor is a person the question names, though it gives only the surname.
        (
            "Has the man who fired on Guaido's supporters been identified?",
            "Juan Guaido said a gunman fired on the crowd from a rooftop.",
        ),
        (
            "At what exact time did Guaido release his video near La Carlota?",
            "Juan Guaido issued a rallying cry via Twitter on Tuesday night, urging people back on to the streets.",
        ),
        (
            "who did maduro appoint as the new sebin director after figuera broke with him?",
            "Manuel Ricardo Cristopher Figuera, the head of SEBIN, said he had always been loyal to Maduro.",
        ),
        (
            "What time did Lopez arrive at the Spanish embassy?",
            "Lopez arrived at the embassy, and at 6pm Maduro spoke.",
        ),
        ("What time did Guaido release his video?", "Guaido's video, seen by 25 people, went out on Tuesday."),
        # A time of day said of the one asked about on the day asked, but of something else he did.
        (
            "what time did Guaido actually post the La Carlota video on tuesday",
            "Juan Guaido issued a rallying cry to his supporters via Twitter on Tuesday night.",
        ),
        ("¿A qué hora publicó Guaidó su video el martes?", "Juan Guaido issued a rallying cry on Tuesday night."),
        # Asked of nothing but someone and a day, a time must still be said of one of them.
        ("what time was Guaido out on tuesday", "Maduro spoke at 9pm."),
        # An event told first, its time asked after: a time said of someone it names is not its time.
        (
            "remember the drone attack on Maduro at that military parade? when was that?",
            "Guaido launched the final phase of Operation Liberty to force Maduro from power on Tuesday.",
        ),
        # Two people sharing a surname and a passage are not thereby related.
        ("is padrino lopez related to leopoldo lopez?", "Defence Minister Vladimir Padrino Lopez backed Maduro."),
        ("¿Padrino López es pariente de Leopoldo López?", "Leopoldo Lopez, Guaido's mentor, stood by Padrino Lopez."),
        # Sums of money do not say which currency a country uses.
        ("What currency does Russia use?", "Russia invested $9billion in PDVSA; this money may never be repaid."),
        # A year, a date, a time of day or an age is not a count.
        ("how many people got arrested", "Detained in 2014 for leading protests, Lopez was freed on Tuesday."),
        ("How many were arrested?", "The arrests began on April 30 at 10:30 and went on all night."),
        ("How many were arrested?", "The arrests began on 1 May 2019 at 6 p.m., and a man aged 35 was held."),
        ("How many were arrested?", "Lopez, 45, was arrested in 2014."),
        ("How many Cuban troops guard Maduro?", "Putin's support is compared to the 1962 Cuban Missile Crisis."),
        ("¿Cuántos fueron detenidos?", "Los detenidos en 2014 fueron liberados el 2 de mayo a las 18:00."),
        # A sum of money, a span of years or "one of the" is not a count of barrels or soldiers.
        ("how many barrels of oil does venezuela have", "Russia invested $9billion in its oil industry since 2009."),
        ("how many barrels of oil are there", "One of the main reasons is oil and the billions of dollars sent."),
        (
            "how many people got arrested during the uprising",
            "By nightfall one of the government's bravest opponents, who defied house arrest, sought refuge.",
        ),
        ("How many Russian soldiers are there?", "Russia sent troops and $11billion of arms between 2005 and 2013."),
        ("¿Cuántos soldados rusos hay?", "Rusia envió tropas y armas por 11.000 millones de dólares."),
        # Who somebody is needs a passage that names them: "Bolivarian" is not Bolívar.
        ("who was simon bolivar", "Members of the Bolivarian National Guard fired into the air."),
        # What came of an event is not told by the report of the event.
        ("Did the soldiers end up getting asylum?", "At least 25 troops have applied for asylum in Brazil's embassy."),
        # Where someone went is told by a passage with them going, fleeing, moving or staying, not by their letter.
        ("Where did Figuera go after he broke with Maduro?", "Figuera wrote a letter on Tuesday breaking ranks."),
        ("¿Adónde huyó Figuera?", "Figuera wrote a letter on Tuesday breaking ranks with Maduro."),
        ("¿Al final liberaron a Bongo?", "President Ali Bongo is under house arrest."),
        ("¿Quién es Leopoldo López?", "His wife Lilian Tintori stood beside him at the embassy."),
        # Another person's age does not answer how old a named person is, even in a passage that names both.
        ("¿Cuántos años tiene Martine Moïse?", "Ariel Henry, a 71-year-old surgeon, was named premier by Moïse."),
        ("How old is Omar al-Bashir?", '"Not to replace Bashir with his minister," said Amal, a 26-year-old nurse.'),
        ("how old was lopez in 2019", "Lopez stood beside Guaido, 35, in 2019."),
        ("What is Maduro's age?", "Guaido, 35, invoked the constitution to assume an interim presidency."),
        ("What is Manuel Cristopher Figuera's age?", "Manuel Cristopher Figuera, the head of SEBIN, wrote a letter."),
        # How long someone has held a post needs a time span or a start, whatever words name the post.
        ("How long has Léon Charles been police chief?", "Police chief Léon Charles said 26 Colombians took part."),
        ("Which state does Diaz-Balart represent?", "Republican congressman Mario Diaz-Balart spoke of missiles."),
        ("how far is la carlota from miraflores", "Supporters gathered near La Carlota, then outside Miraflores."),
        ("How did Hugo Chavez die?", "Cabello vowed to defend the legacy of Hugo Chavez."),
        ("What is Maduro's nickname?", "Maduro addressed supporters at a rally in Caracas."),
        ("What rank does Figuera hold?", "Figuera wrote a letter breaking with Maduro."),
        ("did gregory jaimes recover from his injuries", "Gregory Jaimes was injured and left covered in blood."),
        ("how many states does venezuela have", "Venezuela is among dozens of countries that recognise Guaido."),
        ("¿Dónde nació Svetlana Tikhanovskaya?", "Born in Stepanakert in 1954, Sargsyan led the army."),
        # ...and not by a passage that only says how things stood, however many other words it shares.
        ("did guaido ever end up taking power", "Guaido hasn't given up yet, calling for the operation to go on."),
        ("did the plane ever take off?", "The plane took Maduro's allies to Havana."),
        ("did the plane ever get off the ground?", "The plane took Maduro's allies to Havana."),
        ("did the US end up sending troops into venezuela", "The US has not ruled out military action in Venezuela."),
        # "Later" at the end asks whether it happened as "ever" does.
        ("did american troops actually get deployed to venezuela later", "Pompeo said military action is possible."),
        ("What happened to Figuera? Was he ever caught?", "Figuera broke ranks and has not been seen since."),
        # After a dash too; reaching is told by reaching or arriving.
        (
            "The 25 soldiers applied for asylum - did Brazil ever grant it to them?",
            "At least 25 Venezuelan troops have applied for asylum in Brazil's embassy in Caracas.",
        ),
        (
            "Did the crowd moving toward Miraflores ever reach the presidential palace?",
            "Update: Moving toward the presidential palace, Miraflores.",
        ),
        # In Spanish the act opens the question.
        ("¿Arrestaron a Guaidó después del 30 de abril?", "Guaido issued a rallying cry on Tuesday night."),
        ("¿Huyó López después de salir?", "Lopez said he had been released from house arrest."),
        # How someone reacted is told by neither their own unrelated words nor the thing reacted to alone.
        ("how did guaido react to figuera's letter", "On Tuesday night Guaido issued a rallying cry for his uprising."),
        # The act must be said of whom the question asks about: the troops fled, not Lopez.
        (
            "did lopez ever leave the spanish embassy?",
            "Mr Lopez and his family sought refuge in the Chilean residence. They later moved to the Spanish embassy. "
            "There were also reports that 25 troops who had been with Mr Guaido fled to Brazil's diplomatic mission.",
        ),
        # The arrest is Lopez's; Guaido, named in the same sentence, only gave an order.
        (
            "was guaido arrested after the uprising",
            "Detained in 2014 for leading a previous round of anti-government unrest, Mr Lopez said he had been "
            "released from house arrest by security forces adhering to an order from Mr Guaido.",
        ),
        # Named first, but after a preposition: no subject of the act.
        (
            "was guaido arrested after the uprising",
            "Presenting a surprising lack of confidence in Guaido, opposition supporters celebrated the release of "
            "Leopoldo Lopez from house arrest.",
        ),
        ("What came out of Pompeo's call with Lavrov?", "Pompeo was due to speak with Lavrov on Wednesday."),
        ("¿Qué pasó con Figuera después de romper con Maduro?", "Figuera wrote a letter breaking ranks with Maduro."),
        ("¿Qué le pasó a Figuera después de publicar su carta?", "Figuera wrote a letter breaking ranks with Maduro."),
        # A report of what was done, with no cause or purpose, does not say why.
        (
            "why did lopez move to the spanish embassy",
            "Lopez sought refuge in the Chilean residence. They later moved.",
        ),
        ("why are mexico and uruguay siding with maduro", "Supporting Maduro: Russia, China, Mexico, Uruguay."),
        (
            "¿Por qué pidieron asilo los soldados en Brasil?",
            "At least 25 troops have applied for asylum in Brazil's embassy.",
        ),
        ("why was figuera's wife abroad", "The head of Venezuela's feared SEBIN agency wrote a letter."),
        ("why did lopez move to the spanish embassy", "Maduro by and large retained control over the military."),
        # A report that leaves the asked thing unnamed ("a radio show") does not give its name.
        (
            "Which radio show was Bolton on when he said Maduro hid at Fort Tiuna?",
            "Bolton told a radio show that Maduro hid.",
        ),
        # A name before the mention stands for it only as an apposition, not when a clause opens between them.
        (
            "who's the political ally that's been holed up in the residence?",
            "Lopez sought refuge in the residence in Caracas, where another political ally has been holed up.",
        ),
        ("who's the other political ally that's been holed up there", "Another political ally has been holed up."),
        ("What was the name of the man who was killed in La Victoria?", "A 24-year-old man was shot dead there."),
        # A country's population is not a count of the people hurt in it; a prison term needs its length.
        ("what's the population of venezuela roughly", "Over 70 persons have been injured in clashes in Venezuela."),
        ("How many years in prison was Lopez sentenced to?", "Detained in 2014, Lopez was released from house arrest."),
        # A request does not say how it was met; what came weeks later is not told by the day's report.
        ("Did Brazil actually grant asylum to the soldiers?", "At least 25 troops have applied for asylum in Brazil."),
        ("¿Le otorgó Brasil asilo a los soldados?", "At least 25 troops have applied for asylum in Brazil."),
        ("¿Brasil aceptó finalmente el asilo de los 25 militares?", "At least 25 troops applied for asylum in Brazil."),
        ("Was Guaido arrested in the weeks after the uprising?", "Guaido called for the uprising to restore order."),
        ("What did Maduro tell his supporters in his May Day speech?", "Maduro speaking during a May Day rally."),
        ("Which Florida congressional district does Diaz-Balart represent?", "Diaz-Balart spoke of missiles."),
        # A span in another unit does not say how many days: "holed up for over a year".
        ("How many days did Lopez end up staying in the embassy?", "An ally was there for a year; 25 troops fled."),
        ("¿Cuántos días estuvo López en la embajada?", "An ally was there for a year; 25 troops fled."),
        # A long count is not a year: "12019" holds no "2019".
        ("How many days did Lopez end up staying in the embassy?", "The embassy logged 12019 visitors; 25 fled."),
        # That a vehicle drove into a crowd does not say who drove it.
        ("Who was driving the armored vehicle?", "Several armoured vehicles drove at full speed into the crowd."),
        # What someone did before politics is a job, not a politician's "previously" or "earlier".
        ("What did Maduro do for a living before he went into politics?", "Maduro's support was previously compared."),
        ("Was an arrest warrant issued for Guaidó?", "Guaido issued a rallying cry to his supporters on Tuesday."),
        # That someone was hurt does not say how.
        ("Was Gregory Jaimes hit by a rubber bullet, a tear gas canister or something else?", "Jaimes was injured."),
        # "When" followed by its own question asks a time, whatever comes after.
        ("when did maduro speak and what did he say", "Maduro said the unrest had been quelled."),
        # A time said of another person's doings: Maduro's coup claim dates no coup against Chavez.
        (
            "When was the failed coup against Hugo Chavez?",
            "A defiant President Maduro said late last night that the attempted coup had failed.",
        ),
        # Figures after letters name something ("news site G1", "T-72"); they count nothing.
        (
            "how many sebin agents actually joined the uprising",
            "Heleno told Brazilian news site G1 the uprising was a 'disorganised movement'.",
        ),
        # A year naming an event is no count, after it as before it.
        (
            "how many nuclear missiles does diaz-balart think russia already has in venezuela",
            "Asked about a repeat of the Cuban Missile Crisis of 1962, Diaz-Balart said: 'they already have'",
        ),
        # An outcome asked with its marker last, after the verb ("…in the end", "…eventually").
        (
            "what happened to the 25 soldiers, did they get asylum in the end",
            "At least 25 Venezuelan troops have applied for asylum in Brazil's embassy in Caracas.",
        ),
        (
            "did lopez stay in the spanish embassy or did he leave venezuela eventually",
            "Mr Lopez and his family sought refuge in the Chilean residence. They later moved to the Spanish embassy.",
        ),
        # "Last year" is no month; a video posted "overnight Tuesday" is not said to be of any length.
        (
            "what month was the election where Maduro got re-elected",
            "Guaido announced on January 23 that he was the acting president as Maduro had been fraudulently "
            "re-elected last year.",
        ),
        (
            "How long was the video Guaido posted on Twitter on Tuesday night?",
            "Guaido branded Maduro 'a tyrant' in a videotaped rallying cry posted on Twitter overnight Tuesday.",
        ),
        ("¿Cuánto duró el video de Guaidó?", "Guaido's video was shot by one of the soldiers at La Carlota."),
        # A sentence's length asked after the verb; kinship asked of someone described first.
        ("lopez got sentenced to how many years back then", "Detained in 2014, Lopez was released from house arrest."),
        (
            "is the defence minister Padrino Lopez related to Leopoldo Lopez",
            "Defence Minister Vladimir Padrino Lopez condemned the move as a 'terrorist' act.",
        ),
        # "Exact number of…" typed alone asks a count.
        (
            "exact number of russian mercenaries guarding maduro?",
            "Russia is thought to have mercenaries in the country guarding the President.",
        ),
        # Whether what was promised was actually done, or eventually, is not told by the promise.
        (
            "Has Maduro actually charged anyone over the 'serious crimes' he talked about?",
            "Maduro said the coup had failed and he promised criminal prosecutions over the 'serious crimes'.",
        ),
        ("did they ever arrest guaido", "Maduro vowed to arrest Guaido, who would be jailed for treason."),
        # Whether a pledge was kept is not told by the wait for it.
        (
            "Did the defence minister ever follow through on the private pledges Bolton talked about?",
            "Bolton said he was waiting for three officials to act on private pledges to remove Maduro.",
        ),
    ],
)
def test_a_passage_without_the_date_number_or_age_asked_for_cannot_answer(question, passage):
    assert not fits_answer_type(question, passage)


@pytest.mark.parametrize(
    "question",
    ["¿Por qué le importa a Putin quién gobierna Venezuela?", "Why does it matter how many troops Russia sent?"],
)
def test_a_question_asking_why_needs_no_name_or_number_it_mentions_later(question):
    assert fits_answer_type(question, "Putin backs Maduro because of oil.")
    assert not fits_answer_type("How many troops did Russia send?", "Putin backs Maduro because of oil.")


def test_only_a_question_asking_nothing_but_why_is_spared_the_checks():
    # A second question still asks for its number; "porque" (because) opens a statement, not a question.
    assert not fits_answer_type("Why was Figuera replaced and how many officers followed him?", "He was replaced.")
    assert reason_opening_end("¿Por qué renunció?") == len("¿Por qué")
    assert reason_opening_end("Porque el ministro renunció, ¿quién lo reemplazó?") is None


def test_para_que_before_a_noun_asks_for_which_one_not_why():
    # "¿Para qué institución trabaja…?" asks which institution; the passage naming it is no reason and answers it.
    question = "¿Para qué institución trabaja el investigador Mikael Wigell?"
    assert reason_opening_end(question) is None
    assert asked_attributes(as_the_checks_read(question)) == ()
    assert fits_answer_type(question, "Mikael Wigell, a researcher from the Finnish Institute of International Affairs")
    for kind in ("instituto", "ministerio", "centro"):
        assert reason_opening_end(f"¿Para qué {kind} trabaja el investigador Mikael Wigell?") is None
    assert reason_opening_end("¿Para qué quiere Rusia a Venezuela?") == len("¿Para qué")
    assert [row.name for row in asked_attributes("¿Para qué quiere Rusia a Venezuela?")] == ["reason"]


def test_a_question_about_another_year_needs_a_passage_that_mentions_it():
    assert not fits_answer_type("Who ran against Maduro in the 2018 election?", "Maduro spoke on Tuesday.", 2019)
    assert fits_answer_type("Why was Lopez detained in 2014?", "Lopez, detained in 2014 for leading protests.", 2019)
    # The year an article was written in is the year its "Tuesday" falls in.
    assert fits_answer_type("Who backed Guaido in 2019?", "The US backed Guaido on Tuesday.", 2019)


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        # The count of the whole is no count of its part.
        (
            "How many of the troops who sought asylum in Brazil's embassy were officers?",
            "At least 25 Venezuelan troops have applied for asylum in Brazil's embassy in Caracas.",
            False,
        ),
        ("How much of the $11billion went on tanks?", "It bought $11billion worth of tanks and fighter jets.", False),
        ("¿Cuántos de los heridos eran niños?", "Más de 70 personas resultaron heridas en los choques.", False),
        # A part told as a share, "of them" or "N of the M" does.
        (
            "How many of the injured were hit by rubber bullets?",
            "Doctors were treating 50 people, about half of them with injuries suffered from rubber bullets.",
            True,
        ),
        ("How many of the dead were teenagers?", "Three of the 15 killed were students aged 16 or 17.", True),
        ("How many troops applied for asylum?", "At least 25 Venezuelan troops have applied for asylum.", True),
    ],
)
def test_how_many_of_a_whole_needs_a_part_told(question, passage, answers):
    assert fits_answer_type(question, passage) is answers


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        ("how much did the armored vehicles cost", "Several armoured utility vehicles careened over a berm.", False),
        ("¿Cuánto costaron las tanquetas?", "Several armoured utility vehicles careened over a berm.", False),
        ("How much did Russia invest in PDVSA?", "Russia and Rosneft have invested almost $9billion in PDVSA.", True),
        ("how much does a tank of gas cost in venezuela", "A tank of gas costs less than 1 cent.", True),
        # Without a word of paying, "how much" may count anything.
        ("How much oil does Venezuela export?", "Venezuela exports about 1 million barrels a day.", True),
        # "reales" is Venezuelans' word for money; what was lent is counted in money too.
        (
            "¿Cuántos reales le ha prestado Moscú a Venezuela?",
            "Moscow has handed the country $17billion in loans.",
            True,
        ),
        ("¿Cuántos préstamos le dio Rusia a Venezuela?", "Moscow has handed the country $17billion in loans.", True),
        ("¿Cuántos reales ha metido Rusia en PDVSA?", "Russia has invested almost $9billion in PDVSA.", True),
        ("how many soldiers did Russia send?", "Moscow has handed the country $17billion in loans.", False),
    ],
)
def test_what_something_cost_needs_a_sum_of_money(question, passage, answers):
    assert fits_answer_type(question, passage) is answers


@pytest.mark.parametrize(
    ("passage", "tells_who"),
    [
        # Told in the passive with no one doing it: not who did it.
        ("Provea said a 24-year-old man was shot and killed during a protest in La Victoria.", False),
        ("At least one person had been shot with live ammunition.", False),
        # With an agent, or told actively, it may say who.
        ("A tweet claimed he was shot by one of the Venezuelan National Guard in Caracas.", True),
        ("Colectivos shot the 24-year-old man during the protest.", True),
        # Told in other words: left to the reader.
        ("The man died in La Victoria on Tuesday.", True),
    ],
)
def test_who_did_something_is_not_told_by_the_act_in_the_passive_alone(passage, tells_who):
    assert fits_answer_type("the 24 year old killed in la victoria, who shot him", passage) is tells_who


def test_a_phrasal_verb_asked_with_who_is_not_read_as_an_act_done():
    assert fits_answer_type("who made up the gang of killers", "The gang was made up of former police officers.")


@pytest.mark.parametrize(
    ("question", "passage", "tells_who"),
    [
        # An adverb between "who" and the act asks the doer all the same.
        ("who actually shot the guy in la victoria?", "Provea said a 24-year-old man was shot and killed.", False),
        ("who really shot the 24 year old", "Colectivos shot the 24-year-old man during the protest.", True),
    ],
)
def test_who_did_something_asked_with_an_adverb_is_read_alike(question, passage, tells_who):
    assert fits_answer_type(question, passage) is tells_who


TWEETED = "who tweeted the clip saying the photographer was shot"
POSTED = "who posted the video of the photographer"


@pytest.mark.parametrize(
    ("question", "passage", "tells_who"),
    [
        # The publishing told as a noun, or as a participle after what was published: no one did it.
        (TWEETED, "A tweet accompanying the clip claimed he was shot by one of the National Guard.", False),
        (POSTED, "A video posted on social media showed a photographer lying on the back of a truck.", False),
        # Someone publishing, or what was published with its publisher.
        (POSTED, "Not long ago the Pan Am Post published video on Twitter showing armored vehicles.", True),
        (TWEETED, "Senator Marco Rubio tweeted the clip, saying the photographer was shot.", True),
        (POSTED, "A video posted by the Pan Am Post showed a photographer lying on a truck.", True),
    ],
)
def test_who_published_something_is_not_told_by_the_post_alone(question, passage, tells_who):
    assert fits_answer_type(question, passage) is tells_who


def test_who_filmed_something_needs_the_filming_told():
    question = "who filmed the pan am post video of the armored vehicles"
    assert not fits_answer_type(question, "Not long ago the Pan Am Post published video on Twitter of the vehicles.")
    assert fits_answer_type(question, "The video of the armored vehicles was filmed by Ana Ruiz of the Pan Am Post.")


def test_beside_a_post_told_with_no_one_posting_a_passage_not_telling_it_cannot_say_who():
    doerless = (1, "A tweet accompanying the clip claimed he was shot by one of the National Guard.")
    silent = (2, "The claims come as a photojournalist was reportedly shot during running battles.")
    assert unmentioned_beside_doerless(TWEETED, [doerless, silent]) == {2}
    assert unmentioned_beside_doerless(TWEETED, [silent]) == set()  # no passage leaves the doer out
    # Not for other acts: "who shot him?" may be told in other words ("Colectivos opened fire").
    shot = [(3, "A 24-year-old man was shot and killed."), (4, "Colectivos opened fire on the crowd.")]
    assert unmentioned_beside_doerless("the 24 year old in la victoria, who shot him", shot) == set()


def test_what_day_something_happened_needs_that_event_dated():
    question = "what day exactly did lopez and his family move to the spanish embassy"
    refuge = "On Tuesday, Lopez and his family sought refuge with Chile's envoy. They later moved to Spain's embassy."
    assert not fits_answer_type(question, refuge)
    assert fits_answer_type(question, "On Thursday, Lopez and his family moved to the Spanish embassy.")


def test_an_exact_date_asked_without_an_asking_word_needs_a_day():
    question = "exact date maduro was sworn in for his second term?"
    vague = "Order was broken when Mr Maduro was sworn in earlier this year for a second term."
    assert not fits_answer_type(question, vague)
    assert fits_answer_type(question, "Mr Maduro was sworn in on January 10 for a second term.")


def test_a_time_asked_after_the_event_is_told_needs_that_event_dated():
    question = "wasnt there a massive nationwide blackout in venezuela? when was that"
    assert not fits_answer_type(question, "A tweet claimed he was shot by the National Guard in Caracas today.")
    assert fits_answer_type(question, "The nationwide blackout in Venezuela began on March 7, 2019.")


def test_when_someone_named_by_one_word_did_something_needs_them_named():
    question = "when did Chavez try his own coup back in the 90s"
    assert not fits_answer_type(question, "A defiant President Maduro said late last night that the coup had failed.")
    assert fits_answer_type(question, "Chavez led a failed coup in 1992.")


@pytest.mark.parametrize(
    "question",
    [
        "did the protester who got hit by the armored vehicle live?",
        "did that person run over by the military vehicle live??",
        "the person the armored vehicle crushed, did he make it",
        "the one who got hit by the military vehicle, are they alive??",
    ],
)
def test_whether_someone_lived_is_told_by_a_death_or_a_survival_not_by_the_injury(question):
    injury = "At one point armoured cars of the National Guard drove at protesters and ran several of them over."
    assert not fits_answer_type(question, injury)
    assert fits_answer_type(question, "The protester run over by the armoured car died in hospital on Wednesday.")
