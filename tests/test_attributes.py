"""Attributes a question asks about (asylum granted, membership, a predecessor…) and passages that speak of them."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type
from index.attributes import asked_attributes
from index.question import as_the_checks_read


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("which political party does Guaido belong to", ["party"]),
        ("¿Cuál es la moneda de Venezuela?", ["currency"]),
        ("what does Guaido want to do once he's in charge", []),
        ("where did the ruling party's leader tell supporters to gather", []),
        ("What did Pompeo say about US military action?", []),
        ("What money did Russia give Venezuela?", []),
        ("Was Lopez cleared of the charges?", ["verdict"]),
        ("How many people were killed when police cleared the square?", ["casualties"]),
        ("why does Putin care so much who runs Caracas", ["reason"]),
        ("Why was Lopez arrested?", ["charges", "reason"]),
        ("¿Por qué fue encarcelado López?", ["charges", "reason"]),
        # A second question after "why" is asked too: here, who replaced him.
        ("Why did Figuera break ranks, and who replaced him?", ["successor"]),
        # What came of an event: a passage reporting the event itself does not say.
        ("did those soldiers end up getting asylum", ["later_outcome"]),
        ("Where did Figuera go after he broke with Maduro?", ["destination"]),
        # Other common wordings of existing rows: a spouse, the state a place is in, a model.
        ("Is Guaido married? What's his wife called?", ["spouse"]),
        ("whos maduros wife lol", ["spouse"]),
        ("La Victoria, where the man was shot, is in which Venezuelan state?", ["state_of_place"]),
        ("la victoria, where the guy was killed, which venezuelan state is that in", ["state_of_place"]),
        ("la victoria queda en que estado", ["state_of_place"]),
        ("what did Guaido study and at which university", ["education"]),
        ("who appointed padrino as defence minister", ["appointer"]),
        ("who named the operation", []),
        # The kind of a weapon (an aircraft's is `kinds.py`'s); not a kind of hired guns.
        ("what kind of gun was the photojournalist shot with", ["kind_of_weapon"]),
        ("what kind of weapons did venezuela buy from russia", ["kind_of_weapon"]),
        ("What kind of hired guns is Russia believed to have keeping Maduro safe?", []),
        # Whom something is named after; not someone named for a post.
        ("The 'Bolivarian' in Bolivarian National Guard, who is that named after?", ["namesake"]),
        ("¿En honor a quién se llama así la Guardia Nacional Bolivariana?", ["namesake"]),
        ("who was named for the post of defence minister", []),
        ("What day were the street protests called for?", []),
        ("what happened to the 25 soldiers at brazil's embassy? did brazil grant them asylum", ["granted"]),
        ("maduro said the right wing wanted to force venezuela into what kind of economic setup", []),
        ("what state is the economy in", []),
        # Where someone stood is no destination; where he went to hide is one.
        ("as the hours dragged on where did Guaido end up standing with his soldiers", []),
        ("Where did Leopoldo Lopez end up hiding after he got out?", ["destination"]),
        ("what model were the armored vehicles", ["model"]),
        ("What did Guaido tell his wife?", []),
        ("In what state is the opposition after the uprising?", []),
        ("What model is Maduro accusing the right wing of imposing?", []),
        ("is the country married to Russian support?", []),
        ("where did gotabaya run to first", ["destination"]),
        ("Where did Juan Guaido go to university?", ["education"]),
        # How to reach someone: not what an e-mail said.
        ("what is guaido's phone number", ["contact"]),
        ("¿Cuál es el número de teléfono de Guaidó?", ["contact"]),
        ("What did the e-mail say?", []),
        ("¿Adónde llamó Cabello a los simpatizantes a concentrarse?", []),
        ("What did Lavrov end up telling Pompeo on Wednesday?", ["later_outcome"]),
        # What someone ended up doing may be the day's own act: "he demanded arrests".
        ("What did Maduro end up doing about the protesters?", []),
        ("What happened to Lopez after he was freed?", ["aftermath"]),
        ("¿Qué pasó a las afueras de La Carlota después del video?", []),
        ("¿Al final liberaron a López?", ["later_outcome"]),
        # Not about an outcome: what someone said at the end, who holds power, where someone went.
        ("what did Pompeo say in the end?", []),
        ("¿Qué dijo Guaidó al final del discurso?", []),
        ("who ultimately controls the military?", []),
        ("where did Lopez end up?", ["destination"]),
        ("Has Guaido ever been arrested?", []),
        ("what happened at La Carlota", []),
        ("Why did he eventually resign?", ["reason"]),
        ("Porque lo dijo Guaidó, ¿no?", []),
        # Someone's exact words: a report that they spoke or tweeted, with nothing of what they said, gives none.
        ("what exactly did trump tweet about venezuela?", ["exact_words"]),
        ("What did Maduro actually say in his speech?", ["exact_words"]),
        ("¿Qué dijo exactamente Guaidó?", ["exact_words"]),
        ("¿Qué dijo Maduro exactamente?", ["exact_words"]),
        ("what did bolton say, exactly?", ["exact_words"]),
        ("What did Trump say about Venezuela?", []),
        # Kinship is asked of two people, a state of a place, a party's name of a party.
        ("Is Defence Minister Vladimir Padrino López related to Leopoldo López?", ["kinship"]),
        ("Was the violence related to Guaido's call?", []),
        ("Is Russia's presence related to oil?", []),
        ("What state is Venezuela's economy in?", []),
        ("¿En qué estado está la economía venezolana?", []),
        ("In which Venezuelan state is the city of La Victoria located?", ["state_of_place"]),
        ("What was the name of the party boss who spoke at the rally?", []),
        ("what is cabello's socialist party actually called?", ["party_name"]),
        ("What kind of vehicles drove into the crowd?", []),
        ("what make or model were the armored vehicles that plowed into the crowd?", ["model"]),
        ("Which brand of rifles did the soldiers carry?", ["model"]),
        ("Who did the US choose to recognise as president instead of Maduro?", []),
        ("Who did Pompeo name as the reason Maduro stayed instead of fleeing?", []),
        ("who did maduro appoint as the new sebin director after figuera broke with him?", ["successor"]),
        ("Who was appointed head of SEBIN after Figuera?", ["successor"]),
        ("Who did Maduro blame for the uprising?", []),
        ("Who did Guaido name as his envoy to Washington?", []),
        ("Who manufactured the armored vehicles that drove into the crowd?", ["maker"]),
        ("Who took over as SEBIN director after Figuera turned on Maduro?", ["successor"]),
        ("¿Quién reemplazó a Cristopher Figuera al frente del SEBIN?", ["successor"]),
        ("who did maduro put in charge of SEBIN after him?", ["successor"]),
        ("Could you tell me the name of the new SEBIN chief appointed after Figuera's defection?", ["successor"]),
        ("who did maduro put in charge of the army?", []),
        ("what was the point of the meeting with the generals?", ["purpose"]),
        ("what was the trip like?", []),
        ("What was the meeting about?", []),
        ("after figuera jumped ship who got put in charge of the secret police", ["successor"]),
        ("who was put in charge of the troops at the base?", []),
        (
            "Who was appointed to lead Venezuela's intelligence service once its director broke with Maduro?",
            ["successor"],
        ),
        ("¿Quién quedó a cargo del SEBIN después de que Cristopher Figuera se volteó?", ["successor"]),
        ("¿Quién quedó a cargo de la marcha?", []),
        ("¿quién quedó de director del sebin después de cristopher figuera?", ["successor"]),
        ("¿Quién quedó de director del SEBIN?", []),
        ("¿Quién fue nombrado para dirigir el SEBIN tras la salida de Cristopher Figuera?", ["successor"]),
        ("who is the new head of sebin?", ["leader"]),
        ("Who took over the air base?", []),
        ("Was Guaido officially named interim president?", []),
        ("is the defense minister padrino lopez any relation to leopoldo lopez?", ["kinship"]),
        ("What did Maduro do for a living before he went into politics?", ["profession", "earlier_job"]),
        ("¿Qué hacía Guaidó antes de entrar a la política?", ["profession", "earlier_job"]),
        ("was diosdado cabello in the army before politics", ["earlier_job"]),
        # "Intended to do before" is said of an act, not asked of a career.
        ("What did Pompeo say on Tuesday that Maduro had intended to do before Russia convinced him to stay?", []),
        ("What did Lopez plan to do before the uprising?", []),
        ("What did Figuera do before he led SEBIN?", ["profession", "career_before"]),
        (
            "what job did cristopher figuera have before he ran the intelligence service",
            ["profession", "career_before"],
        ),
        ("What did Lopez plan to do before he became mayor?", []),
        ("What did Maduro do before he became president?", ["profession", "career_before"]),
        ("What did Guaido used to do for a living?", ["profession"]),
        ("what did lopez use to do professionally", ["profession"]),
        # Who held a post before a named person, asked with the country first or by what the holder did.
        ("Who was Venezuela's president right before Hugo Chavez?", ["predecessor", "leader"]),
        ("who ran SEBIN before Figuera?", ["predecessor", "leader"]),
        ("¿Quién dirigía el SEBIN antes de Cristopher Figuera?", ["predecessor", "leader"]),
        ("Who headed SEBIN before Cristopher Figuera?!", ["predecessor", "leader"]),
        ("¿Quién dirigió el SEBIN antes de Figuera?", ["predecessor", "leader"]),
        ("Who served as Venezuela's defence minister before Vladimir Padrino López?", ["predecessor"]),
        # …or the named holder's start told after the name.
        ("Who ran SEBIN before Cristopher Figuera took over?", ["predecessor", "leader"]),
        ("Who was in charge of SEBIN before Figuera was appointed to the post?", ["predecessor", "leader"]),
        ("Who led the march before the Guard took over the square?", ["leader"]),
        ("Who ran SEBIN before Figuera was appointed director of the intelligence service?", ["predecessor", "leader"]),
        ("¿Quién dirigía el SEBIN antes de que Figuera asumiera el cargo?", ["predecessor", "leader"]),
        ("Who ran SEBIN before Figuera became SEBIN chief?", ["predecessor", "leader"]),
        # Becoming something else is no start in the post.
        ("Who led SEBIN before Figuera became a rebel?", ["leader"]),
        ("Who led the crowd before Guaido arrived?", ["leader"]),
        ("Who was Venezuela's head of secret police before the uprising?", ["leader"]),
        ("Who headed the protest before Tuesday?", ["leader"]),
        ("Who led the protests before Easter?", ["leader"]),
        ("Who was the last leader of the Soviet Union?", []),
        ("who was the previous president", ["predecessor"]),
        ("¿Quién dirigía la marcha antes del mediodía?", ["leader"]),
        ("Was an arrest warrant issued for Guaidó after Tuesday's events?", ["warrant"]),
        ("was gregory jaimes shot? or was he hurt some other way", ["means_of_injury"]),
        ("How was the photographer injured?", ["means_of_injury"]),
        ("Was the photographer shot?", []),
        ("How was the injured photographer treated?", []),
        ("Who drove the injured photographer away from the scene?", []),
        ("Does the situation warrant US military action?", []),
        ("Did Chile grant Lopez refuge?", []),
        ("Which Venezuelan state is Guaido from?", []),
        ("What did the car manufacturer GM say?", []),
        ("Who is the decision maker of the group?", []),
        ("Maduro's replacement for the dollar?", []),
        # "New" is often only colloquial: "who is the new head of SEBIN?" asks who heads it (test_holders).
        ("Who is the new head of SEBIN?", ["leader"]),
        ("¿Quién es el nuevo jefe de la policía secreta?", ["leader"]),
        ("Who made up the gang of killers?", []),
        ("Who made the decision to free Lopez?", []),
        ("What is the official name of La Carlota air base?", ["official_name"]),
        ("what is la carlota air base officially called", ["official_name"]),
        ("What is the name of the official who confirmed the letter?", []),
        ("what's the population of venezuela roughly", ["population"]),
        ("How many years in prison was Lopez sentenced to?", ["sentence", "sentence_length"]),
        ("How many years has Maduro been in power?", []),
        ("Is it true that Brazil granted asylum to the 25 troops?", ["granted"]),
        # Asked in a last clause, after the people told first.
        ("so the 25 soldiers at brazil's embassy, did brazil actually grant them asylum", ["granted"]),
        ("¿Brasil les otorgó asilo a los soldados?", ["granted"]),
        ("qué pasó al final con los 25 soldados en la embajada de Brasil, les dieron asilo?", ["granted"]),
        ("¿Brasil le dio asilo a algún soldado?", ["granted"]),
        ("Who granted Lopez protection?", []),
        ("Was Guaido arrested in the weeks after the failed uprising?", ["later_outcome"]),
        ("What happened in the days after the uprising?", []),
        ("What did Maduro tell his supporters in his May Day speech in Caracas?", ["exact_words"]),
        ("What did Maduro tell the generals about the coup?", []),
        ("Were the 25 soldiers who went to Brazil's embassy in Caracas actually granted asylum?", ["granted"]),
        ("How long a prison sentence had Leopoldo Lopez been given?", ["sentence", "sentence_length"]),
        ("Was Juan Guaido arrested in the days after the April 30 uprising?", ["later_outcome"]),
        ("Which Florida congressional district does Mario Diaz-Balart represent?", ["constituency"]),
        ("Was the driver of the armored truck ever identified or charged?", ["driver", "charged"]),
        ("did anyone get charged for killing that 24 yr old", ["charged"]),
        ("Who charged at the protesters?", []),
        ("Did the US lift its sanctions on Figuera after he defected?", ["sanctions"]),
        ("did brazil actually give those 25 soldiers asylum or nah", ["granted"]),
        ("which state is diaz-balart a congressman for", ["constituency"]),
        ("diaz-balart represents which state in congress", ["constituency"]),
        ("marco rubio is senator for which state", ["constituency"]),
        # Whether something was the biggest: a promise of the "largest march" is no answer.
        ("did the may 1 march end up being the biggest in venezuelan history", ["later_outcome", "superlative"]),
        ("how many showed up on may 1? was it really the biggest ever", ["superlative"]),
        ("¿fue la marcha del 1 de mayo la más grande de la historia?", ["superlative"]),
        ("What is the biggest lake in Venezuela?", []),
        # A model asked after the weapon it is of; a kind of weapon is no model ("nuclear missiles").
        ("which fighter jets did venezuela buy from russia, like what model", ["model"]),
        ("what kind of missiles could russia put in venezuela", []),
        ("does diaz-balart have any relatives in politics", ["parents"]),
        ("Does Guaido have any siblings?", ["parents"]),
        ("Did Maduro give a status update after the uprising?", []),
        ("Did Brazil give an update on the soldiers' asylum status?", []),
        ("Did Brazil give any numbers on asylum?", []),
        ("did brazil give an update on asylum", []),
        (
            "Did the plane supposedly waiting at the airport to fly Maduro out of the country to Cuba make it off the "
            "runway?",
            [],
        ),
        ("¿Qué sanciones impuso Estados Unidos a PDVSA?", ["sanctions"]),
        ("¿Quién manejaba la tanqueta?", ["driver"]),
        ("What was driving the protests?", []),
        ("¿Cuál es el plato nacional de Venezuela?", ["cuisine"]),
        ("what do venezuelans usually eat for breakfast", ["diet"]),
        ("Did the soldiers have food?", []),
        ("Which country has received the most Venezuelan migrants?", ["migrants"]),
        ("Which country did the soldiers ask for asylum in?", []),
        ("When did Venezuela announce it would withdraw from the Organization of American States?", ["membership"]),
        ("¿Cuándo se retiró Venezuela de la OEA?", ["membership"]),
        ("When did Lopez leave the Chilean residence?", []),
        ("did those 25 soldiers who ran to brazils embassy actually get asylum or nah", ["granted"]),
        ("Did the troops receive asylum in Brazil?", ["granted"]),
        ("Did the soldiers try to get asylum?", []),
        ("How did the soldiers get to the embassy?", []),
        # "Ended up" in a clause of time sets the scene: where he stood is asked, not where he ended up.
        ("where was guaido standing when he ended up alone with his handful of soldiers", []),
        ("where did lopez end up", ["destination"]),
        ("Lopez ended up where?", ["later_outcome"]),
        # What someone ended up doing, asked as its object, is the act itself: "cancelled a planned trip to Europe".
        ("the acting pentagon chief ended up cancelling what bc of venezuela", []),
        # Told first, before the question asked: what he ended up doing is known, where he was to go is asked.
        ("the acting pentagon chief ended up scrapping a trip, where was he supposed to go", ["destination"]),
        # Running someone over is no running of something; "charged with anything" asks charges.
        ("who ran over the protester", []),
        ("who ran SEBIN in 2018", ["leader"]),
        ("was the national guard driver who ran over the protesters charged with anything", ["charged"]),
        # The size of a force asks a number; how strong its support is, or when a border opened, asks none.
        ("How big is Venezuela's military?", ["force_size"]),
        ("How strong is the military's support for Maduro?", []),
        ("When was the border with Colombia opened?", []),
        ("when was fort tiuna built", ["built"]),
        # The request told first, whether it was granted asked after; how they asked grants nothing.
        ("Brazil got asylum requests from 25 soldiers - were they granted?", ["granted"]),
        ("The soldiers sought asylum in Brazil - how did they get there?", []),
        ("Gregory Jaimes, which hospital did they take him to, and is he ok now?", ["survival", "hospital"]),
        ("Which hospital is closest to La Carlota?", ["hospital"]),
        ("What size is the Cuban force protecting Maduro?", ["force_size"]),
        ("venezuelan armed forces total headcount?", ["force_size"]),
        ("total troop strength of the venezuelan military", ["force_size"]),
        ("Which Senate committees does Marco Rubio sit on?", ["committee"]),
        ("Who chairs the defence committee?", ["leader"]),
        ("guaido's party — which one is he in?", ["party"]),
        ("Lopez's party, what is it called?", ["party"]),
        # "Which one" asks a party only after a party was named; "ok with" asks no one's health.
        ("there are two videos, which one is he in?", []),
        ("were they ok with Guaido's plan?", []),
        # Oil output asked as the figure itself, not as something that happened to it.
        ("how did sanctions hurt oil production", []),
        ("number of refugees in colombia?", ["migrants"]),
        ("who was venezuela's president right before chavez came to power", ["predecessor", "leader"]),
        ("who was Venezuela's president before the crisis", ["leader"]),
        ("number of venezuelans who've left the country since the crisis started?", ["migrants"]),
        # A city's rank asked with its verb between; a district asked by its state; a predecessor before someone
        # "came to power" (names as the engine writes them for the checks); not the largest protest held in a city.
        ("After Caracas, which Venezuelan city is the largest?", ["largest_city"]),
        ("which city is the second largest in venezuela", ["largest_city"]),
        ("which city was the biggest march in?", []),
        ("Which town's clashes were the largest of all?", []),
        ("Diaz-Balart — which state's district does he represent?", ["constituency"]),
        ("Which state or district does Mario Diaz-Balart represent in Congress?", ["constituency"]),
        ("Chavez died when?", ["death_date"]),
        ("barrels of oil per day Venezuela is pumping these days?", ["oil_output"]),
        # Live ammunition is no living there.
        ("how many people shot with live ammunition?", []),
        ("how many people live in Caracas?", ["population"]),
        ("who is venezuela's first lady", ["spouse"]),
        ("who ran Venezuela before Chavez came to power", ["predecessor", "leader"]),
        # A murder rate asked for; a dangerous city only told as the setting asks none.
        ("Is Caracas one of the most dangerous cities in the world — what's its murder rate?", ["crime_rate"]),
        (
            "caracas is one of the most dangerous cities in the world, how many people were injured there?",
            ["casualties"],
        ),
    ],
)
def test_an_attribute_is_asked_for_only_when_the_question_asks_for_it(question, asked):
    assert [attribute.name for attribute in asked_attributes(question)] == asked


@pytest.mark.parametrize(
    ("question", "without", "with_it"),
    [
        # An ideology said of a coup or a regime is no one's party.
        (
            "what political party is guaido actually from",
            "Maduro argues that Guaido's 'uprising' is actually a right-wing coup to destroy the socialist regime.",
            "Guaido, of the centre-left Popular Will party, spoke on Tuesday.",
        ),
        (
            "which party is maduro from",
            "Guaido vowed to topple the socialist government of Nicolas Maduro.",
            "Maduro, the socialist leader, spoke.",
        ),
        (
            "Did the US lift its sanctions on Cristopher Figuera after he defected?",
            "Cristopher Figuera, the head of SEBIN, broke ranks with Maduro on Tuesday.",
            "The Treasury lifted sanctions on Figuera on May 7.",
        ),
        (
            "did anyone get charged for killing that 24 yr old in la victoria",
            "Provea said a 24-year-old man was shot and killed during a protest in La Victoria.",
            "Two officers were charged with the killing in La Victoria.",
        ),
        (
            "¿Cuál es el plato nacional de Venezuela?",
            "Supporters of Juan Guaido clash with the police during a protest in Caracas.",
            "Venezuela's national dish, pabellón criollo, is served at every rally.",
        ),
        (
            "Which country has received the most Venezuelan migrants?",
            "Support for Maduro's regime comes from Russia, China, Turkey, Mexico and Iran.",
            "Colombia has taken in more than a million Venezuelan migrants.",
        ),
        (
            "did those 25 soldiers who ran to brazils embassy actually get asylum or nah",
            "At least 25 Venezuelan troops have applied for asylum in Brazil's embassy in Caracas.",
            "Brazil granted asylum to the 25 soldiers on Thursday.",
        ),
        (
            "When did Venezuela announce it would withdraw from the Organization of American States?",
            "Earlier today Diaz-Balart claimed Russians were already in Venezuela.",
            "Venezuela announced in April 2017 that it would leave the Organization of American States.",
        ),
        # "Earlier" and "last" are said of anything; a predecessor is told by who went before or was replaced.
        (
            "Who ran SEBIN before Figuera?",
            "Jazz mentioned this earlier but Lopez was apparently released by SEBIN, whose director has turned.",
            "Figuera replaced Gustavo Gonzalez Lopez as head of SEBIN in October.",
        ),
        (
            "¿Quién dirigía el SEBIN antes de Cristopher Figuera?",
            "Maduro was fraudulently re-elected last year, the head of SEBIN, Figuera, wrote.",
            "El anterior director del SEBIN, Gustavo González López, fue destituido.",
        ),
        # What happened to someone afterwards needs what became of them, not what they wrote on the day.
        (
            "what happened to figuera afterwards",
            "'The hour has arrived for us to look for other ways of doing politics,' Figuera wrote.",
            "Figuera later fled to Colombia and was sanctioned.",
        ),
        # When someone took office needs the taking of office dated: "sworn in earlier this year" gives no date, and
        # heading the assembly is not becoming its head.
        (
            "On what date was Maduro sworn in for his second term?",
            "Order was broken when Mr Maduro was sworn in earlier this year for a second term.",
            "Maduro was sworn in for a second term on January 10.",
        ),
        (
            "when did guaido become president of the national assembly",
            "Tensions have soared since Guaido, who heads the National Assembly, announced on January 23 that he was "
            "the acting president.",
            "Guaido was elected head of the National Assembly on January 5.",
        ),
        (
            "¿Cuándo asumió Guaidó la presidencia de la Asamblea Nacional?",
            "Guaidó, the 35-year-old leader of the opposition-dominated congress, called for protests Wednesday.",
            "Guaidó fue elegido presidente de la Asamblea Nacional el 5 de enero, y la dirige desde entonces.",
        ),
        # Who took over a body after someone needs a successor spoken of.
        (
            "who took over sebin after figuera switched sides",
            "The head of SEBIN, General Cristopher Figuera, has turned on Maduro.",
            "Gustavo Gonzalez Lopez was reinstated as head of SEBIN after Figuera was fired.",
        ),
        # National guardsmen are troops too.
        (
            "How many soldiers did Guaido have with him?",
            "Mr Guaido released a three-minute video on Tuesday.",
            "Mr Guaido, flanked by a few dozen national guardsmen, released a three-minute video.",
        ),
        # Who appointed someone needs an appointment spoken of, not the post alone.
        (
            "who put figuera in charge of sebin in the first place",
            "The head of SEBIN, General Cristopher Figuera, has turned on Maduro.",
            "Maduro appointed Figuera to head SEBIN in October.",
        ),
        (
            "¿Quién nombró a Vladimir Padrino López como ministro de Defensa?",
            "Defence Minister Vladimir Padrino Lopez condemned Mr Guaido's move as a 'terrorist' act.",
            "Chávez nombró a Padrino López ministro de Defensa en 2014.",
        ),
        # A sentence needs a sentence or a prison term, not an arrest or a number of years.
        (
            "what sentence did lopez get after his 2014 arrest",
            "Detained in 2014 for leading a previous round of unrest, Mr Lopez said he had been released from house "
            "arrest after five years.",
            "Lopez was sentenced to nearly 14 years in prison after his 2014 arrest.",
        ),
        # What someone did before a post needs an earlier time told of them: a title held now is no former job.
        (
            "what did cristopher figuera do before he was put in charge of sebin",
            "This reads, 'the director of the SEBIN, General Cristopher Figuera, is part of the uprising.'",
            "Figuera, a former army general, previously headed military counterintelligence.",
        ),
        (
            "¿A qué se dedicaba Cristopher Figuera antes de ser director del SEBIN?",
            "This reads, 'the director of the SEBIN, General Cristopher Figuera, is part of the uprising.'",
            "Figuera, a former army general, previously headed military counterintelligence.",
        ),
        # Which part of a state a lawmaker represents needs a district, a state or "represents".
        (
            "which part of florida does diaz-balart represent",
            "Republican congressman Mario Diaz-Balart claimed the Russians could install nuclear missiles.",
            "Mario Diaz-Balart represents Florida's 25th district.",
        ),
        # The proof someone gave needs a word of proof or of what showed it.
        (
            "what proof did pompeo give that the russians told maduro not to leave",
            "Pompeo said Tuesday that Maduro had intended to step down, but Russia had convinced him to stay.",
            "Pompeo gave no evidence for his claim.",
        ),
        # A phone number needs one, or a word of telephoning.
        (
            "what is guaido's phone number",
            "Still, Guaido hasn't given up yet, calling for his Operation Liberty to continue on Wednesday.",
            "Guaido's office can be reached on +58 212 555 0101.",
        ),
        (
            "what kind of gun was the photojournalist shot with",
            "The photographer was seen with blood pouring from what was reported to be a bullet wound.",
            "A 24-year-old man was shot with live ammunition.",
        ),
        (
            "¿Con qué tipo de balas se hirió a los atendidos en el centro médico?",
            "Doctors were treating 50 people at a medical centre near the street battles.",
            "About half of them had injuries suffered from rubber bullets.",
        ),
        (
            "the Bolivarian National Guard, who is that named after?",
            "Members of the Bolivarian National Guard fired into the air to repel forces loyal to Maduro.",
            "The Bolivarian National Guard is named after Simon Bolivar.",
        ),
        (
            "what kind of weapons did venezuela buy from russia",
            "Venezuela is also a major buyer of Russian weapons, worth $11billion.",
            "Venezuela purchased tanks, missile defence systems and fighter jets from Russia.",
        ),
        # Whom someone is married to, asked with "who's".
        (
            "who's guaido married to",
            "In a surprise, Leopoldo Lopez, Mr Guaido's political mentor, stood alongside him.",
            "Guaido is married to Fabiana Rosales, a journalist.",
        ),
        # The same asked in Spanish.
        (
            "¿Qué país compra más petróleo venezolano?",
            "Venezuela is also a major importer of Russia grain, and has ties to the country's banking industry.",
            "India and China buy most of Venezuela's crude.",
        ),
        # A force's size is a number: a small band of troops is none.
        (
            "How big is Venezuela's military in terms of troop numbers?",
            "A small band of troops have defected to the opposition leader but the majority of Venezuela's military "
            "seemed to remain loyal.",
            "Venezuela's military numbers about 120,000 troops.",
        ),
        # When a place was built: the day it was seized is not that.
        (
            "reading about the la carlota clashes - when was that air base built?",
            "Supporters are seen near the La Carlota airbase, which was seized on Tuesday and formed the focal "
            "point of clashes.",
            "The La Carlota airbase was built in 1945.",
        ),
        # Whom people work for: a company, a firm, an employer.
        (
            "do we know which russian company the mercenaries protecting maduro work for?",
            "Russia is thought to have mercenaries in the country protecting the President.",
            "The mercenaries work for a private military company with ties to the Kremlin.",
        ),
        # Who buys a country's oil: a passage on what it buys, or on money put into its oil, does not say.
        (
            "Which country buys the most Venezuelan oil?",
            "Russia and its state-owned oil giant Rosneft have invested almost $9billion in its Venezuelan "
            "counterpart PDVSA since 2009.",
            "India and China buy most of Venezuela's crude.",
        ),
        # Oil output is told in barrels or by what is produced: money pumped into the oil industry is no output.
        (
            "Venezuela's daily oil output these days, in barrels?",
            "The billions of dollars that the Kremlin has pumped into Venezuela's drilling industry are at stake.",
            "Venezuela pumps about 1 million barrels of oil a day.",
        ),
        # A national dish is not a trade in grain.
        (
            "is there a national dish in venezuela",
            "Venezuela is also a major importer of Russia grain.",
            "Arepas, corn cakes stuffed with cheese or meat, are the national dish.",
        ),
        # The size of a force counts its men: a crowd's size beside some forces is not it.
        (
            "roughly what size is the cuban force protecting maduro",
            "Hundreds of people gathered to confront pro-government military forces near the airbase.",
            "Some 2,000 Cuban agents guard Maduro, according to the US.",
        ),
        # A job is told beside whose it is: someone else's job in the same sentence is not it.
        (
            "what did Guaido do for a living before he got into congress",
            "A US Republican congressman has claimed that Russia could install nuclear missiles in Venezuela, hours "
            "after the country was on the brink of civil war as opposition leader Juan Guaido called for an uprising.",
            "Guaido, an industrial engineer, was elected to the National Assembly in 2015.",
        ),
        # Which committee someone sits on needs a committee: naming a network he criticised is not it.
        (
            "Which Senate committees does Marco Rubio sit on?",
            "Senator Marco Rubio has been tweeting about this all morning, including some criticism of CNN's coverage.",
            "Rubio sits on the Senate Foreign Relations Committee.",
        ),
        # …though a name may stand further off, or a pronoun opening the next sentence may stand for it.
        (
            "what is Guaido's profession",
            "A US Republican congressman has claimed that Russia could install nuclear missiles in Venezuela, hours "
            "after the country was on the brink of civil war as opposition leader Juan Guaido called for an uprising.",
            "Guaido was sworn in as head of the opposition-controlled National Assembly in Caracas on 5 January 2019, "
            "aged 35. He trained as an industrial engineer.",
        ),
        (
            "what is Guaido's profession",
            "A US Republican congressman has claimed that Russia could install nuclear missiles in Venezuela, hours "
            "after the country was on the brink of civil war as opposition leader Juan Guaido called for an uprising.",
            "Juan Guaidó, who emerged from obscurity to challenge Nicolás Maduro this year, is an industrial engineer.",
        ),
        # A force's size may be told as what it numbers.
        (
            "how big is the venezuelan military",
            "A small band of troops have defected to the opposition leader.",
            "Venezuela's armed forces number some 365,000.",
        ),
        # A capital is given only of the place named; a country may go unnamed beside its own capital (below).
        (
            "cual es la capital del estado zulia",
            "Supporters are seen near the La Carlota airbase in the capital Caracas.",
            "Maracaibo es la capital del estado Zulia.",
        ),
        # Where someone was treated: the place of the injury is not it.
        (
            "where was gregory jaimes treated",
            "TV journalist Gregory Jaimes was injured during clashes in Caracas.",
            "Gregory Jaimes was treated at a clinic in Caracas.",
        ),
        # A murder rate is told by a rate, not by clashes in the city.
        (
            "Is Caracas one of the most dangerous cities in the world — what's its murder rate?",
            "Smoke and projectiles flew as security forces and demonstrators clashed in Caracas.",
            "Caracas had a homicide rate of 100 per 100,000 residents last year.",
        ),
        (
            "cual es la tasa de homicidios en caracas",
            "Smoke and projectiles flew as security forces and demonstrators clashed in Caracas.",
            "Caracas tiene una tasa de homicidios de 100 por cada 100.000 habitantes.",
        ),
        # A former post: "had been" before a post, not before a deed done to someone.
        (
            "¿Qué cargo tenía Guaidó antes de presidir la Asamblea Nacional?",
            "Guaido, who heads the National Assembly, said Maduro had been fraudulently re-elected last year.",
            "Guaido had been a lawmaker for Vargas state before he led the National Assembly.",
        ),
        # A trip's purpose: why it was called off is not what it was for.
        (
            "shanahan cancelled his europe trip — what was the trip for?",
            "Acting defence chief Patrick Shanahan has cancelled a planned trip to Europe as he deals with the crisis.",
            "Shanahan cancelled a trip to Brussels, where he was scheduled to be at a NATO gathering.",
        ),
        (
            "What was Shanahan's cancelled Europe trip meant to be for?",
            "Acting defence chief Patrick Shanahan has cancelled a planned trip to Europe as he deals with the crisis.",
            "Shanahan had planned a trip to Europe to attend a NATO meeting in Brussels.",
        ),
    ],
)
def test_attribute_questions_need_a_passage_speaking_of_the_attribute(question, without, with_it):
    assert not fits_answer_type(question, without)
    assert fits_answer_type(question, with_it)


RUSSIAN_ARMS = (
    "Meanwhile Venezuela is also a major buyer of Russian weapons, having purchased $11billion worth of tanks, missile "
    "defence systems, fighter jets and other small arms between 2005 and 2013."
)
KREMLIN_OIL = (
    "One of the main reasons that Putin is backing Maduro so heavily comes down to oil and the billions of dollars "
    "that the Kremlin has pumped into Venezuela's drilling industry."
)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "What is Leopoldo Lopez's party?",
            "Leopoldo Lopez, Mr Guaido's political mentor and the nation's most prominent opposition activist, spoke.",
        ),
        # The person named opening the question owns the fact: another man's wife is not Lopez's.
        ("Lopez's wife, what's she called", "He said the general's wife is currently outside the country."),
        # A sum of money for something else is not the price asked; nor is a sum in dollars a rate of exchange.
        ("What is the price of gasoline in Venezuela?", KREMLIN_OIL),
        ("What is the price of a barrel of Venezuelan oil?", KREMLIN_OIL),
        # A measure of a thing is priced by the thing: tanks bought are no tank of gas; what many cost together is
        # no price of each.
        ("how much does a tank of gas cost in venezuela these days?", RUSSIAN_ARMS),
        ("How much did each of the fighter jets Venezuela bought from Russia cost?", RUSSIAN_ARMS),
        # A list's sum is no price of one of its items.
        ("how much did venezuela pay for the russian fighter jets specifically", RUSSIAN_ARMS),
        ("how much did the fighter jets alone cost venezuela? like the sukhois", RUSSIAN_ARMS),
        ("how much is a dollar worth in bolivars rn", "Rosneft has invested almost $9billion in PDVSA since 2009."),
        ("cuanto esta el dolar en bolivares ahorita?", "Rosneft has invested almost $9billion in PDVSA since 2009."),
        ("what % of the vote did maduro get", "Guaido said Maduro had been fraudulently re-elected last year."),
        # Commanders around someone are no rank of theirs.
        ("What military rank does Padrino Lopez hold?", "Flanked by top military commanders, Padrino Lopez spoke."),
        ("what rank were the 25 soldiers?", "At least 25 Venezuelan troops applied for asylum in Brazil's embassy."),
        # A home state or town is a birthplace: the countries backing someone, or a state he rallied in, are none.
        ("¿De qué estado es Guaidó?", "Supporting 'interim' President Juan Guaido: United States, Canada, Brazil."),
        ("what state is guaido from", "Guaido rallied supporters in the state of Zulia on Saturday."),
        # How long someone has been running something is a tenure: a passage naming their post gives none.
        ("how long had figuera been running sebin?", "Figuera, the head of SEBIN, said he had always been loyal."),
        # An election's opponent needs a candidate or a rival named as such, not the winner's re-election.
        ("Who ran against Maduro in last year's election?", "Maduro had been fraudulently re-elected last year."),
        ("who did maduro run against in last year's election?", "Maduro had been fraudulently re-elected last year."),
        # What hit someone, or with what weapon, needs the weapon or the blow told: "injured during clashes" is neither.
        (
            "what exactly hit gregory jaimes - a rubber bullet, a tear gas canister, something else?",
            "TV journalist Gregory Jaimes was injured during clashes and was left covered in blood.",
        ),
        (
            "What kind of weapon or projectile injured VPITV journalist Gregory Jaimes?",
            "Venezuelan VPITV journalist Gregory Jaimes (centre) was also injured during clashes.",
        ),
        ("¿Con qué le dispararon al periodista Gregory Jaimes?", "Gregory Jaimes was also injured during clashes."),
        # The largest city, or a body's former name, needs them told as such.
        ("¿Cuál es la segunda ciudad más grande de Venezuela?", "Protests are planned in Caracas and Maracaibo."),
        ("What is Venezuela's second largest city?", "Protests are planned in Caracas and Maracaibo."),
        ("what was sebin called before it was sebin", "The head of SEBIN, the Venezuelan intelligence force, spoke."),
        # Which article of a law is a numbered one: invoking the constitution names none.
        (
            "¿Qué artículo de la Constitución invocó Guaidó para juramentarse como presidente interino?",
            "Guaido, 35, invoked the constitution to assume an interim presidency in January.",
        ),
        ("¿Contra quién compitió Maduro en las elecciones?", "Maduro had been fraudulently re-elected last year."),
        # The first holder of a post needs "first" said: today's holder is not the first.
        ("¿Quién fue el primer presidente de Venezuela?", "Venezuelan President Nicolas Maduro spoke at a rally."),
        # A language is named, not spoken: "speaking during a rally" names none.
        ("What languages does Maduro speak?", "Venezuelan President Nicolas Maduro speaking during a May Day rally."),
        (
            "which fighter jets did venezuela buy from russia, like what model",
            "Venezuela purchased $11billion worth of tanks, fighter jets and other small arms between 2005 and 2013.",
        ),
        # A country's currency asked by its adjective; a sum in dollars names no currency of Venezuela's.
        (
            "whats the venezuelan currency called",
            "Venezuela purchased $11billion worth of tanks, fighter jets and other small arms between 2005 and 2013.",
        ),
        # A movement is no party unless it is one by name.
        (
            "which political party does Juan Guaido belong to",
            "Opposition leader Juan Guaido took a bold step to revive his movement to seize power in Venezuela.",
        ),
        # A fact about the one person asked needs that person named: Cabello's party is not Guaidó's.
        ("¿Cuál es el partido de Guaidó?", "Socialist party boss Diosdado Cabello called on supporters to rally."),
        (
            "How long has Boubou Cisse been prime minister?",
            "Prime Minister Soumeylou Boubeye Maiga has been in office since 2017.",
        ),
        # How something ended needs its end told: how it began is not.
        (
            "how did guaidos interim presidency end in the end",
            "Guaido, 35, invoked the constitution to assume an interim presidency in January.",
        ),
        ("¿Cómo terminó el levantamiento?", "Guaido launched the uprising with a video at dawn."),
        # Who organised a protest needs an organiser told: a protest that followed someone's call is not organised.
        (
            "Who organized the anti-Maduro protest in Buenos Aires?",
            "Demonstrations spread following Guaido's rallying cry, as police clashed with crowds in Buenos Aires.",
        ),
        # A sentence's length is told of a sentence: "holed up for over a year" is no prison term.
        (
            "how many years was lopez sentenced to back when they locked him up",
            "Mr Lopez sought refuge in the Chilean residence, where another ally has been holed up for over a year.",
        ),
        # Which charges were brought needs a charge named: defecting soldiers are charged with nothing.
        (
            "¿De qué delitos acusaron formalmente a Guaidó después del levantamiento?",
            "Some members of the military defected, but Maduro retained control and ordered arrests.",
        ),
        # Who interviewed someone needs an interview told: speaking on a channel is not one.
        (
            "Who interviewed Pompeo on Fox Business when he said military action was possible?",
            "Pompeo, speaking on Fox Business, said America would prefer not to intervene.",
        ),
        # Whose former job is asked is read past a body's acronym: the passage must name Figuera.
        (
            "¿A qué se dedicaba Cristopher Figuera antes de ser director del SEBIN?",
            "Jazz mentioned this earlier: the SEBIN's director, a general, has turned on Maduro.",
        ),
        # Who drove needs the driver named or said what he was: "another driver" is neither.
        (
            "who was driving the armored vehicle that plowed into the crowd",
            "One of them moves fairly slowly, but another driver plows through the crowd leaving one person down.",
        ),
    ],
)
def test_a_detail_the_passage_leaves_out_is_not_answered(question, passage):
    assert not fits_answer_type(as_the_checks_read(question), passage)


def test_a_death_asked_of_someone_named_first_needs_that_person():
    # "Chavez died when?" (as the engine recases "chavez"): Chávez's death, not the young man killed in La Victoria.
    question = as_the_checks_read("Chavez died when?")
    assert not fits_answer_type(question, "Provea said a 24-year-old man was shot and killed in La Victoria.")
    assert fits_answer_type(question, "Hugo Chavez died in March 2013, after years in power.")


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # A person's full name is their name, given by naming them; only a thing's official name needs "known as".
        (
            "whats the full name of the spy chief who bailed on maduro",
            "The head of Venezuela's secret police – Manuel Ricardo Cristopher Figuera – broke ranks with Maduro.",
        ),
        ("What is Leopoldo Lopez's party?", "Leopoldo Lopez, who founded the Popular Will party, was freed."),
        ("what is the capital of venezuela", "Supporters are seen near the La Carlota airbase in the capital Caracas."),
        (
            "What was the value of the weapons Venezuela bought from Russia?",
            "Venezuela purchased $11billion of Russian weapons.",
        ),
        ("what % of the vote did maduro get", "Maduro won 68% of the vote, the electoral council said."),
        ("what rank were the 25 soldiers?", "The 25 soldiers, most of them sergeants, applied for asylum."),
        ("What kind of weapon injured the journalist?", "The journalist was hit by a rubber bullet in the leg."),
        ("Which article of the constitution did Guaido invoke?", "Guaido invoked Article 233 of the constitution."),
        ("What is Venezuela's second largest city?", "Maracaibo, Venezuela's second city, lost power."),
        ("what was sebin called before it was sebin", "SEBIN, formerly known as DISIP, was renamed in 2009."),
        # Weapons asked for with no one hurt are no means of injury.
        ("What weapons has Venezuela bought from Russia?", "Venezuela purchased $11billion of Russian tanks and jets."),
        ("¿De qué estado es Guaidó?", "Guaido, who hails from the coastal state of Vargas, spoke."),
        # A count of those who "ended up hurt" asks no later outcome: the day's count gives it.
        (
            "how many ppl ended up hurt in the fights between guaido supporters and security forces?",
            "Over 70 persons have been injured in violent clashes involving pro-Guaido protestors and security forces.",
        ),
        ("how much does a tank of gas cost in venezuela?", "A full tank of gas costs about $0.01 there."),
        ("How much did each of the fighter jets cost?", "The Sukhoi jets cost $40 million each."),
        # In words other than "the price of", the thing may be called otherwise: "car gas" is the article's LPG.
        ("how much did car gas cost before the hike", "The price of LPG doubled, from 60 to 120 tenge per litre."),
        ("who was driving the armored vehicle", "Juan Perez, a National Guard driver, was arrested on Friday."),
        ("who was driving the armored vehicle", "The driver was a National Guard soldier, witnesses said."),
        # An item is priced when named outside a list; a list asked about is priced by its sum.
        ("how much did venezuela pay for the fighter jets", "Venezuela paid $2billion for the fighter jets alone."),
        ("how much did venezuela spend on russian weapons", RUSSIAN_ARMS),
        # "arms" for all of them, though the list ends on "other small arms".
        ("How much has Caracas spent on Russian arms?", RUSSIAN_ARMS),
        ("how much did venezuela spend on tanks, missile defence systems and fighter jets", RUSSIAN_ARMS),
        ("how much is a dollar worth in bolivars", "A dollar buys 5,000 bolivars on the black market."),
        ("¿Cuál es el partido de Guaidó?", "Guaido, a member of the Popular Will party, spoke."),
        ("which political party does Juan Guaido belong to", "Guaido, of the Broad Front coalition, spoke."),
        ("whats the venezuelan currency called", "Prices are quoted in bolivars, which lost half their value."),
        ("What language did Maduro speak in the video?", "Maduro spoke in Spanish in the video."),
        ("Who was the first president of Venezuela?", "Venezuela's first president, Cristóbal Mendoza, took office."),
        ("Who ran against Maduro in last year's election?", "His rival, Henri Falcon, called the vote a sham."),
        # "Primer ministro" is the prime minister, not the first one.
        ("¿Quién es el primer ministro de Argelia?", "Prime Minister Noureddine Bedoui, named in March, resigned."),
        ("When did the interim presidency come to an end?", "The interim presidency was dissolved in December 2022."),
        ("¿Cómo terminó el levantamiento?", "By nightfall the uprising had fizzled out."),
        # "Ended up" is where someone landed, not how something ended.
        ("how did the soldiers end up in brazil's embassy", "The soldiers fled to Brazil's embassy."),
        ("who interviewed pompeo on fox business", "Pompeo told Fox Business host Maria Bartiromo that…"),
        ("¿De qué delitos acusaron a Guaidó?", "Guaido was charged with treason and usurping power."),
        ("Who organized the protest in Buenos Aires?", "The march was organised by exiled Venezuelan students."),
        ("What crimes did Maduro promise prosecutions over?", "Maduro vowed prosecutions over 'serious crimes'."),
        # A former trade answers what someone did before politics.
        (
            "what did moise do for a living before politics",
            "Moïse, 53, was a former banana exporter from the north-east.",
        ),
    ],
)
def test_a_passage_giving_the_detail_may_answer(question, passage):
    assert fits_answer_type(as_the_checks_read(question), passage)


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        # A currency asked by its name is not a sum in dollars signs; a city's rank is not a march's.
        ("whats the name of venezuela's currency", "Venezuela bought $11billion worth of tanks.", False),
        ("whats the second biggest city in venezuela", "the largest march in Venezuela's history", False),
        ("whats the second biggest city in venezuela", "Maracaibo, Venezuela's second-largest city, was calm.", True),
        # Accusing someone of wanting something asks what was said, not what charges someone faces.
        (
            "what did Maduro accuse the right wing of wanting to do to Venezuela?",
            "Maduro said Venezuela wouldn't succumb to right-wing forces intent on 'submitting' the country.",
            True,
        ),
    ],
)
def test_currency_city_rank_and_accusations_are_read_as_asked(question, passage, answers):
    assert fits_answer_type(as_the_checks_read(question), passage) is answers


def test_a_currency_asked_by_its_name_asks_the_currency():
    assert [attribute.name for attribute in asked_attributes("whats the name of venezuela's currency")] == ["currency"]
