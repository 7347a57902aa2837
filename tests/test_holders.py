"""Questions asking for a name: a passage must name somebody new, beside the role, and of the asked country."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type
from index.countries import country_counts, most_named
from index.headed import names_the_body_of_the_post
from index.holder_questions import asks_for_name, holder_asked
from index.holders import names_the_holder
from index.names import names_in, unasked
from index.posts_abroad import of_other_countries_only
from index.question import as_the_checks_read

LAVROV = (
    "Pompeo was also due to speak with his Russian counterpart, Foreign Minister Sergei Lavrov, on Wednesday "
    "about the situation in Venezuela, according to National Security Adviser John Bolton."
)
FIGUERA = (
    "The head of Venezuela's secret police – Manuel Ricardo Cristopher Figuera – wrote a letter on Tuesday "
    "breaking ranks with the embattled leader."
)
REFUGE = "Later on Tuesday, Mr. Lopez and his family sought refuge in the Chilean ambassador's residence in Caracas."


def test_names_are_people_not_institutions_or_places():
    assert names_in(LAVROV) == ["Sergei Lavrov", "John Bolton"]
    assert names_in("Opposition Leader Calls For Calm") == []  # a headline's capitals after a title
    assert names_in("It was backed, said Foreign Minister Arreaza.") == ["Arreaza"]
    assert names_in(REFUGE) == ["Lopez"]
    # A hyphenated title is no part of the name: the holder stands beside "Vice-President".
    assert names_in("His Vice-President Otto Sonnenholzner spoke.") == ["Otto Sonnenholzner"]
    assert names_in("Colonel-Major Ismael Wague read it.") == ["Ismael Wague"]
    assert names_in("Ana Sánchez-Mayor read it.") == ["Ana Sánchez-Mayor"]  # a double surname is no title
    assert names_in("Commander-in-Chief Maduro ordered the troops out.") == ["Maduro"]
    assert names_the_holder("Who is Ecuador's vice-president?", "His Vice-President Otto Sonnenholzner spoke.")
    assert names_in("Troops at La Carlota and Fort Tiuna backed the National Assembly.") == []
    assert names_in("General Abdel Fattah al-Sisi and so-called anti-government protesters") == ["Abdel Fattah al-Sisi"]


def test_a_name_the_question_types_in_part_is_not_new():
    names = ["Juan Guaido", "Mario Diaz-Balart", "Tucker Carlson"]
    assert unasked(names, "What did Guaido say?") == ["Mario Diaz-Balart", "Tucker Carlson"]
    assert unasked(names, "which tv host grilled diaz-balart?") == ["Juan Guaido", "Tucker Carlson"]
    assert unasked(["Jaimes"], "Was Jaime hurt?") == ["Jaimes"]  # a whole word, not a prefix
    assert unasked(["Vladimir Padrino Lopez"], "Did Padrino resign?") == []
    # Only family names count: not a given name, a particle or a rank the question also types.
    assert unasked(["Juan Gonzalez"], "Who shot Juan Pablo Pernalete?") == ["Juan Gonzalez"]
    assert unasked(["Carlos de la Cruz"], "¿Quién es el autor de la agresión?") == ["Carlos de la Cruz"]
    assert names_in("Sergeant Jose Ramirez fired on the crowd.") == ["Jose Ramirez"]


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("Who is Russia's foreign minister?", LAVROV),
        ("who leads the secret police", FIGUERA),
        ("¿Quién es el ministro de defensa de Venezuela?", "Defence Minister Vladimir Padrino Lopez condemned it."),
        ("what is the name of the air base protesters tried to storm", "Protesters tried to storm La Carlota."),
        ("Who was Pompeo due to speak with?", LAVROV),
        ("¿Quién es el ministro de Exteriores de la India?", "India's External Affairs Minister S. Jaishankar said."),
        ("who is the UN's human rights chief", "Michelle Bachelet, now the UN's human rights chief, said so."),
        ("What is the name of Castillo's wife?", "Castillo's wife, Lilia Paredes, left the palace with him."),
        ("¿Cómo se llama la esposa de Pedro Castillo?", "Castillo's wife, Lilia Paredes, left the palace with him."),
        ("¿Cómo se llama la esposa de Nicolás Maduro Moros?", "Maduro and his wife, Cilia Flores, waved."),
        # A name standing right after the role, in a question asking the role's holder by "cómo se llama".
        (
            "¿Cómo se llama el ministro de Defensa venezolano que calificó la acción de Guaidó de acto terrorista?",
            "Flanked by top military commanders, Defence Minister Vladimir Padrino Lopez condemned Mr Guaido's move.",
        ),
        # "Human" is no cameraman: the name of the group is what is asked.
        ("What is the name of the human rights group?", "Venezuelan human rights group Provea said a man was shot."),
        ("What is the name of the cameraman killed?", "Sky News said its cameraman Mick Deane was shot dead."),
        # After a comma a capital is the word's own: "Miraflores" names the palace.
        (
            "What is the name of the presidential palace the crowd was moving toward?",
            "Update: Moving toward the presidential palace, Miraflores.",
        ),
        ("What is the name of Ortega's wife?", "Ortega and his wife, Vice President Rosario Murillo, spoke."),
        ("Who was named acting president?", "Myint Swe, a former army general, has been named acting president."),
        ("who is egypt's spy chief", "Mohamed Farid el-Tohamy, the head of the intelligence service, spoke."),
        ("who's venezuela's attorney general", "Attorney General Tarek William Saab opened an investigation."),
        ("who's venezuela's attorney general", "Venezuela's chief prosecutor, Tarek William Saab, opened an inquiry."),
        (
            "¿Quién dirige el partido Patria?",
            "Patria, led by the businesswoman and former boxing champion Ana Ruiz, backs him.",
        ),
        ("Who is the opposition leader?", "Violent Clashes As Opposition Leader Guaido Calls For Coup [Photos]"),
        # The body whose head is asked about is named, in the passage's words or the gloss's.
        ("Who is the head of Venezuela's secret police?", FIGUERA),
        ("¿Quién es el jefe de la policía secreta?", FIGUERA),
        ("¿Quién es el nuevo jefe de la policía secreta?", FIGUERA),
        ("¿Quién es el vicepresidente de Estados Unidos?", "Vice President Mike Pence said the US backs Guaido."),
        ("Who is the chairman of the African Union Commission?", "The AU Commission chairman, Moussa Faki, spoke."),
        (
            "¿Quién es el presidente de la Comisión de la Unión Africana?",
            "The AU Commission chairman, Moussa Faki, spoke.",
        ),
        # An acronym's body may go by another name in the passage, typed in capitals or not.
        ("Who is the leader of the CNSP?", "The committee's leader, Colonel Assimi Goita, spoke on state TV."),
        ("who is the head of the tsj", "Supreme Court president Maikel Moreno read the ruling."),
        # A country's head, whatever follows; the head of a government is no body's; the wife is asked for.
        ("Who is the president of Venezuela according to the US?", "President Juan Guaido spoke to the crowd."),
        ("who is the president of venezuela right now", "President Nicolas Maduro was sworn in in January."),
        ("Who is the head of the Venezuelan government?", "Venezuelan President Nicolas Maduro spoke in Caracas."),
        ("who is the president of venezuela for the opposition", "Interim President Juan Guaido spoke to the crowd."),
        ("Who is the head of the government?", "President Nicolas Maduro addressed the nation."),
        ("Who is the wife of the leader of the opposition?", "Guaido's wife, Fabiana Rosales, met Mike Pence."),
        ("Who is the lawyer of the leader of the opposition?", "Guaido's lawyer, Juan Perez, met Mike Pence."),
        ("¿Quién es el presidente de la república de Venezuela?", "Venezuelan President Nicolas Maduro spoke."),
        ("¿Quién es el presidente de facto de Venezuela?", "Venezuelan President Nicolas Maduro spoke."),
        ("Who is the president of the republic?", "President Nicolas Maduro addressed the nation."),
        ("Who is the head of the government right now?", "President Nicolas Maduro addressed the nation."),
        ("who is the head of sebin", FIGUERA),
        # The role of the asked body, before or after it.
        ("Who is the commander of the National Guard?", "National Guard commander Ana Soto ordered the retreat."),
        ("Who is the commander of the National Guard?", "Ana Soto, commander of the National Guard, spoke."),
        # The body beside the role across a comma or a few describing words.
        ("Who is the head of the National Assembly?", "The National Assembly, led by Juan Guaido, voted."),
        (
            "Who is the head of the National Assembly?",
            "Juan Guaido, leader of the opposition-dominated and democratically elected National Assembly, spoke.",
        ),
        (
            "Who is the head of the National Assembly?",
            "Juan Guaido became head of the legislature, the National Assembly, in January.",
        ),
        # "Whose" after the role still asks for its holder.
        ("Who is the ambassador whose residence Lopez went to?", "Lopez went to the home of Ambassador Ana Soto."),
        ("Who is the director of the rights group Provea?", "Ana Soto, director of the rights group Provea, spoke."),
        ("whos the vp of the us", "Vice President Mike Pence tweeted in support of Guaido."),
        ("Who is the CEO of Rosneft?", "Rosneft chief executive Igor Sechin said the loans were safe."),
        ("who is the ceo of rosneft", "The head of Rosneft, Igor Sechin, said the loans were safe."),
        # Asked with a verb, the holder is found as for "who is the head of…"; a surname alone names them.
        ("Who heads the National Assembly?", "Tensions soared after Guaido, who heads the National Assembly, spoke."),
        ("who leads the opposition", "Opposition leader Juan Guaido called for a second day of protests."),
        ("Who is the secret police chief?", FIGUERA),
        ("Who commands La Carlota?", "Colonel Ana Ruiz, the commanding officer at La Carlota, spoke."),
        # Asked "in charge of", or by a passive: "commanded by".
        ("Who is in charge of the presidential guard?", "The presidential guard is commanded by General Tchiani."),
        # "Top military" describes the post rather than naming a body.
        ("who is zimbabwe's top military commander", "The head of the Defence Forces, General Chiwenga, spoke."),
        # The role told first, its holder asked after it.
        (
            "the supreme court head Bolton was waiting on, what's his name",
            "Bolton said they were waiting for the head of the supreme court, Maikel Moreno, to act.",
        ),
        (
            "who's the supreme court chief Bolton said promised to ditch Maduro",
            "Bolton said they were waiting for the head of the supreme court, Maikel Moreno, to act.",
        ),
        ("who is the chilean ambassador Lopez stayed with", "Lopez stayed with the Chilean ambassador, Ana Ruiz."),
        # The role may go on with a relative clause or a time ("that took him in", "when all this happened"), or be
        # asked in the plural.
        ("who is the chilean ambassador that took lopez in", "Lopez stayed with the Chilean ambassador, Ana Ruiz."),
        (
            "who was maduro's vice president when all this happened",
            "Venezuelan Vice President Delcy Rodriguez called the uprising a coup.",
        ),
        ("who were cnn's sources for the story", "CNN's sources, officials Ana Ruiz and Juan Perez, spoke."),
        ("who was the 24 year old that got killed in la victoria", "Provea named the 24-year-old as Juan Perez."),
        # A defence secretary is also a defence chief; the role may be told first and its holder asked after.
        (
            "the acting US defense secretary cancelled a trip bc of venezuela, who was that",
            "Washington's acting defence chief Patrick Shanahan has cancelled a planned trip to Europe.",
        ),
        (
            "venezuelan defence minister — who holds that job?",
            "Flanked by top military commanders, Defence Minister Vladimir Padrino Lopez condemned Mr Guaido's move.",
        ),
        (
            "defence minister of venezuela - who holds that job?",
            "Flanked by top military commanders, Defence Minister Vladimir Padrino Lopez condemned Mr Guaido's move.",
        ),
    ],
)
def test_a_passage_naming_the_holder_can_answer(question, passage):
    assert fits_answer_type(question, passage)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("Who is Venezuela's foreign minister?", LAVROV),
        # A photojournalist is a person, however spelt: places named beside the shooting give no name.
        (
            "whats the name of the fotojournalist shot by the national guard in caracas",
            "An anti-government protester looks at National Guard forces outside La Carlota airbase in Caracas",
        ),
        (
            "¿Cómo se llama el fotoperiodista al que le disparó la Guardia Nacional en Caracas?",
            "An anti-government protester looks at National Guard forces outside La Carlota airbase in Caracas",
        ),
        # "¿Quién era el joven…?" asks his name as "¿cómo se llamaba el joven…?" does: the reporter's name is not his.
        (
            "¿Se sabe quién era el joven de 24 años que murió en La Victoria?",
            "Venezuelan human rights group Provea said a 24-year-old man was shot and killed during an anti-government "
            "protest in the city of La Victoria.",
        ),
        # A role said again after a comma ("…, the one who said…") is still the role asked about: unnamed here.
        (
            "who was Lopez's lawyer, the one who said his freedom was a sign all venezuelans would be free",
            "Leopoldo Lopez has been released. Lopez’ lawyer said his client’s freedom was a sign all would be free.",
        ),
        # Asked after a sentence of context: "…pledged to help remove Maduro. Who is that judge?"
        (
            "Bolton said the head of the supreme court had privately pledged to help remove Maduro. Who is that judge?",
            "John Bolton said the Trump administration was waiting for three key officials, including Mr Maduro's "
            "defence minister and head of the supreme court, to act on private pledges to remove Mr Maduro.",
        ),
        # "Which prosecutor…" needs someone named besides Maduro, who only promised the prosecutions.
        (
            "¿Qué fiscal va a llevar los casos penales que prometió Maduro?",
            "A defiant President Maduro said late last night that he promised criminal prosecutions.",
        ),
        ("¿Quién es el vicepresidente de Venezuela?", "President Nicolas Maduro, flanked by generals, spoke."),
        # "vp" as chat writes it is the vice president, whom this passage never mentions.
        ("whos venezuelas vp", "Support for Nicolas Maduro's regime comes from Russia, China, Turkey and Iran."),
        ("¿Quién es el nuevo jefe del SEBIN?", "Lopez said SEBIN agents had freed him on Tuesday."),
        ("who is leopoldo lopez's lawyer", "Leopoldo Lopez's lawyer said his client was safe and well."),
        ("What was the name of the man killed?", "Provea said a 24-year-old man was shot and killed."),
        ("which senior us official confirmed the letter?", "The letter was confirmed by a senior U.S. official."),
        ("¿Cómo se llamaba el joven que murió?", "A 24-year-old man was shot dead, the rights group Provea said."),
        # A cameraman is a person: the name of his channel does not answer.
        ("What is the name of the cameraman killed?", "A cameraman working for Sky News was shot dead."),
        # A capital opening a sentence is the sentence's: "Moving" names nothing.
        ("What is the name of the presidential palace the crowd was moving toward?", "Update: Moving to the palace."),
        ("What is the name of the rally?", "At the rally, he said, 'Nobody will stop us.'"),
        ("who is the chilean ambassador in caracas", REFUGE),
        ("who is the chilean ambassador whose residence lopez went to?", REFUGE),
        ("what's the name of Figuera's wife", "A US official said the general's wife is outside the country."),
        ("What is the name of Damiba's wife?", "Ortega and his wife, Vice President Rosario Murillo, spoke."),
        ("¿Cómo se llama la esposa de Keita?", "Ortega and his wife, Vice President Rosario Murillo, spoke."),
        ("What is the name of Bazoum's son?", "Bazoum's son was moved to a base, Colonel Amadou Abdou said."),
        ("What is the name of Bazoum's nephew?", "Interior Minister Ana Diallo said Bazoum's nephew was freed."),
        ("What is the name of Bazoum's son?", "General Tiani said on Thursday that Bazoum's son was safe."),
        ("Who is Chile's defence minister?", "Chile's deputy defence minister, Ana Soto, flew to Lima."),
        ("Who is China's foreign minister?", "China's foreign ministry spokesman Wang Wenbin said it was calm."),
        ("who is Peru's foreign minister", "Ana Rojas, Bolivia's envoy to the OAS, was named foreign minister."),
        # A role ending in "general" is a role: the passage must name someone beside it.
        ("who's venezuela's attorney general", "Lopez's lawyer said SEBIN's Manuel Cristopher Figuera broke ranks."),
        ("¿Quién es el fiscal general de Venezuela?", "El presidente Nicolás Maduro habló en Caracas el martes."),
        (
            "Who is Venezuela's attorney general, who would bring the prosecutions Maduro promised?",
            "The head of Venezuela's secret police, Manuel Ricardo Cristopher Figuera, broke ranks with Maduro.",
        ),
        # The head of another body: the supreme court's is not the secret police's.
        ("whats the name of the head of venezuela's supreme court", FIGUERA),
        ("¿Quién es el presidente del Tribunal Supremo?", FIGUERA),
        ("whats the name of the head of the venezuelan supreme court", FIGUERA),
        # What follows the body is no part of it: "Maduro" is not the supreme court.
        ("Who is the head of the supreme court loyal to Maduro?", FIGUERA.replace("leader", "Maduro")),
        # The body is named, but the named leader leads something else.
        (
            "Who is the commander of the Bolivarian National Guard?",
            "Members of the Bolivarian National Guard who joined opposition leader Juan Guaido fire into the air.",
        ),
        (
            "Who is the director of the human rights group Provea?",
            "Opposition leader Leopoldo Lopez was freed; the group's director has turned on Maduro.",
        ),
        # A company's chief executive is a holder too: another body's, or a name beside no such role, is not one.
        (
            "Who is the chief executive of Rosneft, the Russian oil company that invested in PDVSA?",
            "A US congressman has claimed that Russia could act, as opposition leader Juan Guaido called for a rising.",
        ),
        ("Who is the CEO of Rosneft?", "Russia and Rosneft invested in PDVSA, opposition leader Juan Guaido said."),
        # Asked with a verb ("who commands X") or with the body first ("the supreme court chief"): the same.
        (
            "Who commands the Bolivarian National Guard?",
            "Members of the Bolivarian National Guard who joined opposition leader Juan Guaido fire into the air.",
        ),
        ("Who leads the colectivos?", FIGUERA),
        (
            "what's the name of the supreme court chief bolton said had pledged to help?",
            "Mario Diaz-Balart spoke after opposition leader Juan Guaido called for an uprising.",
        ),
        ("Who is the new supreme court chief?", "Mario Diaz-Balart spoke after opposition leader Juan Guaido did."),
        # "That judge's name" asks for the judge's, not for anyone the passage names.
        (
            "Bolton said the head of the supreme court had privately pledged to help. What is that judge's name?",
            "US National Security Adviser John Bolton said they were waiting for three officials, including Mr "
            "Maduro's defence minister and head of the supreme court, to act.",
        ),
        # The role told first and its holder asked after it, by a pronoun or in a clause with a name: "Trump
        # administration" names no one beside "head of the supreme court".
        (
            "the supreme court head Bolton was waiting on, what's his name",
            "John Bolton said the Trump administration was waiting for three key officials, including Mr Maduro's "
            "defence minister and head of the supreme court, to act.",
        ),
        (
            "Bolton said the head of the supreme court privately pledged to remove Maduro. Who is that person?",
            "John Bolton said the Trump administration was waiting for three key officials, including Mr Maduro's "
            "defence minister and head of the supreme court, to act.",
        ),
        (
            "bolton said the head of the supreme court privately pledged to turn on maduro — who is that exactly?",
            "John Bolton said the Trump administration was waiting for three key officials, including Mr Maduro's "
            "defence minister and head of the supreme court, to act.",
        ),
        (
            "who is the supreme court chief that Bolton said privately promised to dump Maduro",
            "John Bolton said the Trump administration was waiting for three key officials, including Mr Maduro's "
            "defence minister and head of the supreme court, to act.",
        ),
        (
            "who's the supreme court chief Bolton said promised to ditch Maduro",
            "John Bolton said the Trump administration was waiting for three key officials, including Mr Maduro's "
            "defence minister and head of the supreme court, to act.",
        ),
        # Any verb after the name opens the clause: the ambassador is not Guaido, named in another sentence.
        (
            "who is the chilean ambassador Lopez stayed with",
            "Mr Lopez sought refuge in the Chilean ambassador's residence in Caracas. There were also reports that 25 "
            "troops who had been with Mr Guaido fled to Brazil's diplomatic mission.",
        ),
        # A commanding officer is a commander, and a base's is its own: "at" names the body too.
        (
            "Who is the commanding officer at La Carlota air base?",
            "Supporters of Juan Guaido prepare Molotov cocktails outside La Carlota airbase.",
        ),
        ("Who commands La Carlota?", "Colonel Ana Ruiz, the commanding officer at Fort Tiuna, spoke."),
        ("Who is the commanding officer at La Carlota?", "Col. Ana Ruiz, commanding officer at Fort Tiuna, spoke."),
        # A relative clause or a time after the role still asks its holder.
        (
            "who is the chilean ambassador that took lopez in",
            "Later on Tuesday, Mr Lopez and his family sought refuge in the Chilean ambassador's residence in Caracas.",
        ),
        # Asked in the plural too: a report by CNN names no source.
        (
            "who were cnn's sources for the story that maduro tried to flee to cuba",
            "CNN reported that Maduro attempted to flee Venezuela by plane for Cuba but was prevented by the Russians.",
        ),
        # "what's X's lawyer called" asks the lawyer's name.
        ("what's lopez's lawyer called", "Lopez' lawyer said his client's freedom today was a sign."),
        # The post told first, its holder asked as "who holds that job"; a post inside a longer opening is no role
        # told alone ("…some president of a constituent defense committee confirming…").
        (
            "hot air quotes some president of a constituent defense committee confirming figuera switched sides. who "
            "is that person?",
            "This reads, “President of the Committee of Defense of the constituent Chavez confirms to radio Venezuelan "
            "that the director of the SEBIN, General Cristopher Figuera, is part of the uprising against Maduro.”",
        ),
        (
            "venezuelan foreign minister — who holds that job?",
            "In footage posted on Twitter, he said: 'This is your acting president Juan Guaido, the legitimate "
            "commander of the armed forces.'",
        ),
        # The post may say whose it is after it ("attorney general of venezuela").
        (
            "attorney general of venezuela - who holds that job?",
            "Opposition leader Leopoldo Lopez has been released and is walking the streets today.",
        ),
        # "Which diplomat is…" asks who is.
        (
            "which diplomat is chile's ambassador in Caracas, the one who took Lopez in",
            "Later on Tuesday, Mr Lopez and his family sought refuge in the Chilean ambassador's residence in Caracas. "
            "There were also reports that 25 troops who had been with Mr Guaido fled to Brazil's diplomatic mission.",
        ),
        # A short body typed with a capital is a name, not an acronym that the passage may spell out.
        ("¿Quién es el director de Provea?", FIGUERA),
        ("who is the director of Provea?", FIGUERA),
        # Someone asked for by their age is a person, whose name an age does not give.
        (
            "who was the 24 year old that got killed in la victoria, do we know his name",
            "Provea said a 24-year-old man was shot and killed during an anti-government protest in La Victoria.",
        ),
    ],
)
def test_a_passage_that_does_not_name_the_holder_cannot_answer(question, passage):
    assert not fits_answer_type(as_the_checks_read(question), passage)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Who is the head of SEBIN?", True),
        ("What is that judge's name?", True),
        ("whats the defence minister's name", True),
        ("who runs PDVSA", True),
        ("¿cómo se llama la base aérea?", True),
        ("Who confirmed the letter was real?", False),
        ("Who is Diosdado Cabello?", False),
        ("who was the president talking to", False),
        ("Who is the UN secretary-general?", True),
        # "Which official…" and "cómo se llamaba el joven…" ask for a name; "what did General…" does not, nor does
        # "what state TV channel…" (state TV answers it).
        ("which senior us official confirmed the letter?", True),
        ("What state TV channel was Cabello speaking from?", False),
        ("¿Cómo se llamaba el joven que murió en La Victoria?", True),
        ("What did General Heleno warn?", False),
        ("what did trump's security adviser say about moscow", False),
        ("What happened to the photographer after he was shot?", False),
        ("Who were the three senior military figures flanking Maduro?", True),
        ("Who were the three most senior military figures beside Maduro?", True),
        # A figure asked by "what" or "which" is a number ("What figure was given for the number of injured?").
        ("What figure was given for the number of injured?", False),
        ("What casualty figure was reported for the clashes?", False),
        # A relative clause after the role says more of it; names offered after a comma may be the answer.
        ("Who is Venezuela's attorney general, who would bring the prosecutions Maduro promised?", True),
        ("Who is the president, Maduro or Guaido?", False),
        # A broadcaster asked for by what they do is a person too.
        ("what tv host grilled diaz-balart about the nukes", True),
        ("who was the fox host grilling the congressman abt russian missiles?", True),
        ("¿Qué presentador entrevistó a Diaz-Balart?", True),
        ("What did the host ask Diaz-Balart?", False),
        ("Which news anchor asked Diaz-Balart about Russian missiles?", True),
        # A person asked for by their post: "which prosecutor", "¿qué fiscal…?", "¿qué general…?".
        ("Which prosecutor will handle the cases Maduro promised?", True),
        ("¿Qué fiscal va a llevar los casos penales que prometió Maduro?", True),
        ("¿Qué general dijo que fue un movimiento desorganizado?", True),
        # A host city, a broadcaster (a channel) or what anchors a policy is no person.
        ("What host city saw protests in Argentina?", False),
        ("Which broadcaster did Zakharova tell that the claim was fake news?", False),
        ("What anchors Russia's support for Maduro?", False),
    ],
)
def test_only_questions_whose_answer_is_a_name_ask_for_one(question, asks):
    assert asks_for_name(question) is asks


def test_a_post_in_a_named_body_needs_the_body_named_in_full():
    question = "What position does Diosdado Cabello hold in the National Constituent Assembly?"
    assert not fits_answer_type(question, "Socialist party boss Diosdado Cabello called on supporters to amass.")
    assert not fits_answer_type(question, "Guaido, who heads the National Assembly, announced on January 23…")
    assert fits_answer_type(question, "Diosdado Cabello, president of the National Constituent Assembly, spoke.")


@pytest.mark.parametrize(
    "question",
    [
        "¿Qué cargo ocupa Diosdado Cabello en la Asamblea Nacional Constituyente?",
        "I read Cabello is called the socialist party boss, but isn't he also president of the Constituent Assembly?",
        # Typed in lower case, by two words ending in a word for a body.
        "what's cabello's position in the constituent assembly",
        "What's Cabello's position in the constituent assembly?",
        "what role does cabello have in the constituent assembly?",
    ],
)
def test_a_post_in_a_named_body_asked_in_spanish_or_as_yes_or_no_needs_the_body_named(question):
    assert not fits_answer_type(question, "Socialist party boss Diosdado Cabello called on supporters to amass.")
    assert fits_answer_type(question, "Diosdado Cabello, president of the National Constituent Assembly, spoke.")


def test_a_post_in_no_named_body_is_not_checked():
    passage = "Defence Minister Vladimir Padrino Lopez condemned the move."
    assert names_the_body_of_the_post("What position does Padrino Lopez hold in Maduro's government?", passage)
    assert names_the_body_of_the_post("What position did Cuba hold on Tuesday?", passage)
    assert names_the_body_of_the_post("what post does padrino lopez hold in the government?", passage)
    # A body's word found in many bodies' names is not needed: "the national assembly" is told by "the Assembly".
    assert names_the_body_of_the_post("what's guaido's role in the national assembly", "Guaido heads the Assembly.")


JAWBONING = (
    "For all the jawboning from President Trump, Vice President Mike Pence, Secretary of State Mike Pompeo and NSA "
    "John Bolton, it appears Guaido failed to win over the generals loyal to Maduro."
)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("Who is Trump's vice president?", JAWBONING),
        # "Vice President Mike Pence, Secretary of State Mike Pompeo": a vice president is no leader with a team.
        ("Who is Trump's secretary of state?", JAWBONING),
        ("Who is Donald Trump's secretary of state?", JAWBONING),
        ("Who is the US vice president?", JAWBONING),
        ("Who is America's vice president?", JAWBONING),
        ("Who is Maduro's vice president?", "President Nicolas Maduro and Vice President Delcy Rodriguez spoke."),
        ("Who is Maduro's vice president?", "Maduro's vice president, Delcy Rodriguez, spoke on Tuesday."),
    ],
)
def test_a_role_after_the_asked_persons_own_name_or_asked_by_country_is_still_theirs(question, passage):
    assert names_the_holder(question, passage)


def test_figures_asked_for_are_named_only_by_a_passage_naming_them():
    question = "Who were the three senior military figures flanking Maduro in his TV address?"
    caption = "President Nicolas Maduro, left, flanked by three of Venezuela's most senior military figures, spoke."
    assert not names_the_holder(question, caption)
    named = "Maduro was flanked by Defence Minister Vladimir Padrino Lopez and two generals."
    assert names_the_holder(question, named)


SANCTIONS = (
    "The European Union is drawing up a list of about 40 officials, including Interior Minister Yuri Karayev, who "
    "face asset freezes and travel bans, though the move has been held up by Cyprus."
)
JETS = "Minsk took delivery of four fighter jets last year, and Defence Minister Viktor Khrenin said more would come."


def test_a_passage_naming_only_other_countries_is_judged_by_what_its_article_is_about():
    # The EU's sanctions, told in a story about Belarus, name Belarus's interior minister; the same words in a story
    # about Lithuania do not, nor does a Belarus story's minister answer who Russia's is.
    asked = "¿Quién es el ministro del Interior de Bielorrusia?"
    assert names_the_holder(asked, SANCTIONS)
    assert not of_other_countries_only(asked, SANCTIONS, ["belarus"])
    assert of_other_countries_only(asked, SANCTIONS, ["lithuania"])
    assert of_other_countries_only("who is russia's defence minister", JETS, ["belarus", None])
    bolivia = "Bolivia said that Ana Rojas, a diplomat, was named foreign minister."
    assert of_other_countries_only("who is Peru's foreign minister", bolivia, ["bolivia"])
    # A paragraph naming no country is judged by its article alone, for "the name of" a holder too.
    padrino = "Flanked by top military commanders, Defence Minister Vladimir Padrino Lopez condemned the move."
    assert of_other_countries_only("who is russia's defence minister", padrino, ["venezuela"])
    assert not of_other_countries_only("Who is Venezuela's defence minister?", padrino, ["venezuela"])
    assert of_other_countries_only("What is the name of Cuba's defence minister?", padrino, ["venezuela"])
    # A passage naming the asked country, or a question asking for no holder, is not judged this way.
    assert not of_other_countries_only("Who is Belarus's interior minister?", f"In Belarus, {SANCTIONS}", [])
    assert not of_other_countries_only("What did Belarus's interior minister say?", SANCTIONS, ["lithuania"])


SUPPORTERS = "Supporting 'interim' President Juan Guaido: United States, Canada, Argentina, Brazil and Colombia."


def test_a_post_named_without_its_country_in_a_story_about_another_is_not_the_asked_countrys():
    asked = "Who is the president of Brazil?"
    assert of_other_countries_only(asked, SUPPORTERS, ["venezuela"], ["venezuela"])
    # Qualified as Brazil's, before or after the post, it may be the answer.
    bolsonaro = "The claims came hours after Brazilian President Jair Bolsonaro said Guaido was not defeated."
    assert not of_other_countries_only(asked, bolsonaro, ["venezuela"], ["venezuela"])
    assert not of_other_countries_only(asked, "The president of Brazil, Jair Bolsonaro, spoke.", ["venezuela"], [])
    # In a story naming Brazil about as often as its main country, or about no known country, it may be Brazil's.
    assert not of_other_countries_only(asked, SUPPORTERS, ["venezuela"], ["venezuela", "brazil"])
    assert not of_other_countries_only(asked, SUPPORTERS, [None], [])
    assert not of_other_countries_only("Who is the president of Venezuela?", SUPPORTERS, ["venezuela"], ["venezuela"])


def test_an_article_is_about_the_country_it_names_most():
    story = "Russia offers help as protests grow\n\nIn Minsk, crowds marched. Belarus police arrested 700 in Belarus."
    assert most_named(country_counts(story)) == "belarus"
    assert most_named(country_counts("The United States and the United States again, then Russia.")) == "united states"
    assert most_named(country_counts("Nothing here names a country.")) is None


def test_a_report_about_another_country_naming_only_others_is_set_aside(tmp_path, fake_embedders):
    from index.fit import lacking_rows
    from index.library import Library

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    stories = {
        "belarus": f"Belarus police detained hundreds in Minsk, and Belarus opposition leaders fled.\n\n{SANCTIONS}",
        "lithuania": f"Lithuania said Lithuania's border guards were on alert.\n\n{JETS}",
    }
    for name, body in stories.items():
        front = f"---\ntitle: {name} story\nsource: Wire\npublished: 2020-09-01\n---\n"
        (corpus / f"{name}.md").write_text(f"{front}{body}\n")
    library = Library(corpus, tmp_path / "index", fake_embedders)
    library.build(who="test")
    state = library.engine.state
    passages = [(row, state.passage_text(row)) for row in range(len(state.keys))]
    rows = {text.split()[0]: row for row, text in passages}
    assert rows["The"] not in lacking_rows("Who is Belarus's interior minister?", passages, state)
    assert rows["Minsk"] in lacking_rows("Who is Russia's defence minister?", passages, state)


def test_a_story_naming_another_country_more_often_may_still_name_the_asked_countrys_leader(tmp_path, fake_embedders):
    from index.fit import lacking_rows
    from index.library import Library

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = (
        "France condemned the coup. French troops stayed in their base, and France's embassy urged calm.\n\n"
        "General Brice Oligui, head of the guard, was named transitional leader after Gabon's army took power."
    )
    (corpus / "gabon.md").write_text(f"---\ntitle: Coup in Gabon\nsource: Wire\npublished: 2023-08-31\n---\n{body}\n")
    library = Library(corpus, tmp_path / "index", fake_embedders)
    library.build(who="test")
    state = library.engine.state
    passages = [(row, state.passage_text(row)) for row in range(len(state.keys))]
    leader = next(row for row, text in passages if text.startswith("General"))
    assert state.country_of_article(0) == "france"
    assert leader not in lacking_rows("Who is the leader of Gabon?", passages, state)
    assert leader in lacking_rows("Who is the leader of Mali?", passages, state)


def test_a_hyphenated_name_typed_in_the_question_is_not_the_name_asked_for():
    asked = "what tv host grilled diaz-balart about the nukes"
    assert not names_the_holder(asked, "Republican congressman Mario Diaz-Balart claimed the Russians could act.")
    assert names_the_holder(asked, "Journalist Tucker Carlson continued his line of questioning and asked again.")


def test_a_name_owning_the_role_is_not_its_holder():
    # "Mr Maduro's defence minister" says whose minister, not who: Bolton is named, the minister is not.
    bolton = (
        "US National Security Adviser John Bolton said the Trump administration was waiting for three key officials, "
        "including Mr Maduro's defence minister and head of the supreme court, to act."
    )
    assert not names_the_holder("Who is the Venezuelan defence minister?", bolton)
    assert names_the_holder("Who is the Venezuelan defence minister?", f"{bolton} Defence Minister Vladimir Padrino")
    assert names_the_holder("Who is Maduro's wife?", "Maduro's wife, Cilia Flores, stood beside him.")


def test_a_holder_asked_after_a_chat_opener_is_checked_as_the_engine_reads_the_question():
    question = as_the_checks_read("so who's the head of venezuela's supreme court that bolton mentioned")
    unnamed = (
        "Bolton said they were waiting for three key officials, including Mr Maduro's defence minister and head of "
        "the supreme court, to act."
    )
    assert not names_the_holder(question, unnamed)
    assert names_the_holder(question, "The head of the supreme court, Maikel Moreno, said nothing.")


@pytest.mark.parametrize(
    "question",
    [
        "who's venezuela's vice president, the one under maduro?",
        "venezuela's vice president under maduro, who is that",
        "bolton said three officials pledged to dump maduro. who's the supreme court head he was talking about?",
    ],
)
def test_a_holder_asked_with_more_told_of_the_role_after_it_is_still_asked(question):
    assert holder_asked(as_the_checks_read(question))


def test_the_supreme_court_head_he_was_talking_about_is_named_only_by_a_name():
    question = as_the_checks_read("bolton said three officials pledged to act. who's the supreme court head he meant?")
    unnamed = "Bolton said they were waiting for three key officials, including the head of the supreme court, to act."
    assert not names_the_holder(question, unnamed)
    assert names_the_holder(question, "The head of the supreme court, Maikel Moreno, said nothing.")


def test_a_source_asked_for_is_named_beside_the_word_source_not_by_anyone_speaking():
    question = "who was CNN's source for the Maduro tried to flee story"
    reported = "Pompeo said Maduro had intended to step down. Moscow spokeswoman Maria Zakharova told CNN on Wednesday."
    assert not names_the_holder(question, reported)
    assert names_the_holder(question, "CNN's source, a senior official named John Smith, said Maduro tried to flee.")


PADRINO = "Flanked by top military commanders, Defence Minister Vladimir Padrino Lopez condemned Mr Guaido's move."


def test_a_leaders_minister_is_named_without_the_leader_but_his_secretary_is_not():
    assert fits_answer_type("who's Maduro's defense minister?", PADRINO)
    assert not fits_answer_type("who is Maduro's secretary?", "The secretary, Ana Perez, said the case was closed.")
    assert fits_answer_type("who is Maduro's secretary?", "Maduro's secretary, Ana Perez, said the case was closed.")


PAN_AM = (
    "The Pan Am Post is also reporting that the head of SEBIN has turned on Maduro. This reads, \u201cPresident of "
    "the Committee of Defense of the constituent Chavez confirms to radio Venezuelan that the director of the SEBIN, "
    "General Cristopher Figuera, is part of the uprising against Maduro.\u201d"
)


def test_an_outlets_name_is_nobodys_name():
    assert names_in(PAN_AM) == ["Cristopher Figuera"]
    assert names_in("She told the Simon Bolivar University students") == []
    assert names_in("Foreign Minister Sergei Lavrov told the Washington Post") == ["Sergei Lavrov"]
    question = (
        "the guy from the constituent assembly's defense committee who told the radio about figuera, whats his name"
    )
    assert not names_the_holder(as_the_checks_read(question), PAN_AM)


def test_a_committees_head_is_not_named_by_a_passage_never_naming_a_committee():
    question = "who is the president of the constituent assembly defense committee that confirmed Figuera joined"
    padrino = "Flanked by top military commanders, Defence Minister Vladimir Padrino Lopez condemned Mr Guaido's move."
    assert not names_the_holder(question, padrino)
    assert names_the_holder(question, "Diosdado Cabello, president of the assembly's defence committee, confirmed it.")


COMMITTEES_HEAD = "Diosdado Cabello, president of the assembly's defence committee, confirmed it."


@pytest.mark.parametrize(
    "question",
    [
        # The role told first, its holder asked after: the committee must be named as well.
        "The Committee of Defense president who confirmed Figuera had joined the uprising, who is that?",
        "the chavista defense committee president who confirmed figuera joined the uprising, whats his name",
        "some chavista constituent committee president told radio figuera was in on the uprising, who was that",
        # The name of a role told in four words.
        "What's the name of the Constituent Assembly defense committee president who confirmed Figuera joined?",
    ],
)
def test_a_committees_head_asked_in_other_shapes_needs_the_committee_and_a_name(question):
    padrino = "Flanked by top military commanders, Defence Minister Vladimir Padrino Lopez condemned Mr Guaido's move."
    assert not names_the_holder(as_the_checks_read(question), padrino)
    # "the head of SEBIN": an acronym beside the role is a body, not someone named by surname alone.
    assert not names_the_holder(as_the_checks_read(question), PAN_AM)
    assert names_the_holder(as_the_checks_read(question), COMMITTEES_HEAD)


def test_a_role_naming_its_body_is_that_bodys_head():
    question = "the acting US defense chief who scrapped his europe trip bc of all this, who is that"
    shanahan = "Washington's acting defence chief Patrick Shanahan has cancelled a planned trip to Europe."
    assert names_the_holder(as_the_checks_read(question), shanahan)
    assert not names_the_holder(question, "Washington's acting health chief Ann Roe has cancelled a trip to Europe.")


def test_whom_someone_named_is_asked_by_name():
    question = "hot air said Bolton called out Maduro backers by name, who did he name"
    assert asks_for_name(question)
    assert not names_the_holder(question, "Update: John Bolton calling out Maduro supporters by name.")
    assert names_the_holder(question, "Bolton named Defence Minister Vladimir Padrino Lopez among them.")


def test_a_spanish_who_question_about_someone_a_clause_names_is_answered_by_that_clause():
    question = "¿Quién es el hombre que dirige la Asamblea Nacional?"
    assert fits_answer_type(question, "Tensions have soared since Guaido, who heads the National Assembly, spoke.")
