"""A when-question is answered by a time said of the event it asks about, not by a date of something else that
the same passage reports."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("When was the minister fired?", "The minister fled to South Africa after being fired on November 6."),
        # A name shared is enough: the event may be told in other words ("shot dead" for "killed").
        ("When was Jovenel Moïse killed?", "President Jovenel Moïse was shot dead at home on 7 July 2021."),
        # A short opening is read with the clause after it, a short ending with the clause before it.
        ("When did protesters storm the palace?", "On July 9, thousands of protesters stormed the palace."),
        ("When is the second vote?", "Parliament must hold a second vote within seven days, on 8 May."),
        # "He" points back to the sentence before.
        ("¿Cuándo se jubila el general Prayuth?", "Who is Prayuth? A royalist, he is due to retire in September."),
        (
            "When will parliament elect a new president?",
            "Parliament says the country will choose a new president on 25 May.",
        ),
        # A plain time phrase beside the clause naming the event dates it; so does a time of day after a colon.
        (
            "When did Maduro say the opposition tried to impose an illegitimate government?",
            "In a Tuesday night appearance on national television, Maduro declared that the opposition had attempted "
            "to impose an 'illegitimate government'.",
        ),
        (
            "When was Pompeo due to speak with his Russian counterpart?",
            "Pompeo was also due to speak with his Russian counterpart, Foreign Minister Sergei Lavrov, on Wednesday.",
        ),
        ("when did soldiers open fire on protesters", "Early on Tuesday morning near the base, soldiers opened fire."),
        ("When did Maduro break off relations?", "Maduro broke off diplomatic relations with the U.S. in January."),
        ("When did Maduro address the troops?", "Maduro addressed the troops at Fuerte Tiuna at 17:00 local time."),
        (
            "When did Pompeo speak to Lavrov?",
            "The two men spoke by phone on Wednesday, and Pompeo urged Russia to act.",
        ),
        ("When was the letter made public?", "Figuera wrote a letter to Venezuelans. It was released on Wednesday."),
        # A year question is answered by a year said of its event, in either language.
        ("In what year was Lopez detained?", "Detained in 2014 for leading protests, Mr Lopez was later released."),
        ("¿En qué año fue detenido López?", "Detained in 2014 for leading protests, Mr Lopez was later released."),
        # An act asked in the past may be told in a near synonym: "locked up" or "metieron preso" for "detained".
        (
            "In what year was Guaido's political mentor first locked up?",
            "Detained in 2014 for leading unrest, Mr Lopez said he had been released by forces loyal to Mr Guaido.",
        ),
        (
            "¿En qué año metieron preso a Leopoldo López la primera vez?",
            "Detained in 2014 for leading unrest, Mr Lopez said he had been released by forces loyal to Mr Guaido.",
        ),
        # A month question is answered by a month, or by a day the report's date places in one.
        ("In what month was Lopez detained?", "Lopez was detained in February 2014 for leading protests."),
        ("¿En qué mes se proclamó Guaidó presidente?", "Guaido announced on January 23 that he was acting president."),
        ("Which month did the soldiers rise up?", "On Tuesday, a few dozen soldiers rose up against Maduro."),
        # The relative clause names the asker's subject, and the main clause shares more than a word: it dates it.
        (
            "When did the head of the National Assembly declare himself acting president?",
            "Tensions have soared since Guaido, who heads the National Assembly, announced on January 23 that he was "
            "the acting president.",
        ),
        # A participle is no relative clause: "calling for a military uprising" is the asked event, dated.
        (
            "When did Guaido call for a military uprising?",
            "On April 30 Guaido appeared outside La Carlota air base, calling for a military uprising against Maduro.",
        ),
        # A question asking nothing but the time is answered by any time.
        ("When?", "It happened on Tuesday."),
        # The subject's clause is split from its verb by an apposition: the time after it still dates the event.
        ("When was the LPG price cap lifted?", "The price cap on LPG, the fuel most use, was lifted on January 1."),
        (
            "When did Guaido announce he was acting president?",
            "Tensions have soared since Guaido, who heads the National Assembly, announced on January 23 that he was "
            "the acting president.",
        ),
        # A relative clause about a thing ("which saw…") describes the thing dated before it, not something else.
        (
            "the nuclear standoff over cuba he compared it to - what year was that",
            "Putin's support of Maduro has been compared to the situation which preempted the 1962 Cuban Missile "
            "Crisis - which saw nuclear-armed Soviet missiles installed in Cuba.",
        ),
    ],
)
def test_a_time_said_of_the_asked_event_can_answer(question, passage):
    assert fits_answer_type(question, passage)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # The year is the detention's, in a clause naming nothing the question asks about.
        (
            "On what date was the opposition leader moved to house arrest?",
            "Detained in 2014 for leading protests, the opposition leader said he had been released from house arrest.",
        ),
        # A year alone does not say the month.
        ("In what month of 2014 was Leopoldo Lopez detained?", "Detained in 2014 for leading protests, Lopez spoke."),
        ("¿En qué mes fue detenido López?", "Detained in 2014 for leading protests, Mr Lopez was later released."),
        (
            "In what year was Leopoldo López moved from prison to house arrest?",
            "Detained in 2014 for leading protests, Mr Lopez said he had been released from house arrest.",
        ),
        (
            "When did Russia first send its military force to Venezuela?",
            "Asked if Russia would put missiles in Venezuela, as in the Cuban Missile Crisis of 1962, he said yes.",
        ),
        (
            "When did the embassy reopen?",
            "The ambassador, who arrived in the capital last week, said the embassy would stay closed.",
        ),
        (
            "When did the general take command of the army?",
            "17:00 GMT\nWe are closing this live blog for now. To recap: the army put the general in charge.",
        ),
        (
            "when did the us first slap sanctions on pdvsa",
            "Earlier today, the congressman claimed Hezbollah was there. Sanctions on PDVSA are biting.",
        ),
        # The event told in passing, in a relative clause that shares most of the question's words: the rest of
        # the sentence speaks of something else, even where it names the same man or a word of the question.
        (
            "When was Juan Guaido elected head of the National Assembly?",
            "Tensions have soared since Guaido, who heads the National Assembly, announced on January 23 that he was "
            "the acting president as Maduro had been fraudulently re-elected last year.",
        ),
        # A sentence sharing no word with the question dates nothing it asks about.
        ("When did Guaido speak to the crowds?", "Guaido spoke to crowds in Caracas. But on January 5 the army moved."),
        # A clause of its own (joined by "while" or "and", a participle, a comparison, a relative) dates its own event.
        (
            "When was Maduro sworn in?",
            "Maduro was sworn in for a second term, while the opposition held mass protests on January 23.",
        ),
        ("When was Maduro sworn in?", "Maduro was sworn in for a term, and thousands protested on January 23."),
        ("when was lopez moved to house arrest", "Lopez was moved to house arrest, having been detained in 2014."),
        ("When did the US impose oil sanctions?", "The US imposed sanctions on PDVSA, as it did with Iran in 2018."),
        (
            "When did Guaido declare himself president?",
            "Guaido, who declared himself interim president before a crowd, flew to Bogota on Monday.",
        ),
        (
            "¿Cuándo fue trasladado López a arresto domiciliario?",
            "Detenido en 2014 por liderar protestas, López fue trasladado luego a arresto domiciliario.",
        ),
        # "It is unclear whether…" points back to nothing.
        ("When was Maduro sworn in?", "Maduro was sworn in. It is unclear whether the EU will respond before March."),
        ("When was Maduro sworn in?", ""),
        # A passage sharing no word with the question dates nothing it asks: a blackout is no rallying cry.
        (
            "when was the big nationwide blackout in venezuela in 2019",
            "Juan Guaido issued a rallying cry to his supporters via Twitter on Tuesday night, urging people back on "
            "to the streets for fresh May Day protests against Nicolas Maduro.",
        ),
        ("¿Cuándo fue el apagón?", "Guaido called on the military to rise up on Tuesday."),
        # Nor does a word of size: "small arms" are not the "small military force".
        (
            "when did russia send its small military force to venezuela",
            "Venezuela is a major buyer of Russian weapons, having purchased tanks, fighter jets and other small arms "
            "between 2005 and 2013.",
        ),
    ],
)
def test_a_time_of_another_event_cannot_answer(question, passage):
    assert not fits_answer_type(question, passage)


def test_a_time_tied_to_the_question_only_by_a_country_dates_nothing_it_asks():
    cnn = (
        "CNN reported that Maduro on Tuesday attempted to flee Venezuela by plane for Cuba but was prevented from doing"
        " so by the Russians, who have a small military force in the country."
    )
    for question in ("when did russia send its military people to venezuela", "When did Russian troops arrive?"):
        assert not fits_answer_type(question, cnn)
    assert fits_answer_type("When did Maduro try to flee Venezuela?", cnn)
    assert not fits_answer_type("When exactly is the APEC summit in Santiago?", "Protests in Santiago on Friday.")


@pytest.mark.parametrize(
    "question",
    [
        "when did lopez leave the spanish embassy",
        "When did Leopoldo Lopez and his family move from the Chilean ambassador's residence to the Spanish embassy?",
    ],
)
def test_an_event_told_without_a_time_is_not_dated_by_a_time_of_another_sentence(question):
    # "Later on Tuesday" dates the refuge; the move is told only as "later", which is no time.
    passage = (
        "Later on Tuesday, Mr Lopez and his family sought refuge in the Chilean ambassador's residence in Caracas. "
        "They later moved to the Spanish embassy."
    )
    assert not fits_answer_type(question, passage)
    assert fits_answer_type("When did Lopez seek refuge in the Chilean ambassador's residence?", passage)
    # A person's two names are one subject, not two words telling the event: the firing is dated after them.
    fired = (
        "It came soon after he sacked his ally Emmerson Mnangagwa. Mnangagwa, 75, nicknamed 'The Crocodile', fled "
        "across the border after being fired on November 6."
    )
    assert fits_answer_type("When was Emmerson Mnangagwa fired?", fired)


RESIDENCE = (
    "Later on Tuesday, Mr Lopez and his family sought refuge in the Chilean ambassador's residence in Caracas, where"
    " another political ally has been holed up for over a year. They later moved to the Spanish embassy."
)


@pytest.mark.parametrize(
    "question",
    [
        "How long did Leopoldo Lopez end up staying in the Spanish embassy?",
        "how long was lopez at the spanish embassy",
        # "How much time" and "¿cuánto tiempo…?" ask a span too, which a count of something else is not.
        "how much time did lopez spend at the spanish embassy",
        "¿Cuánto tiempo se quedó López en la embajada de España?",
    ],
)
def test_how_long_is_not_answered_by_the_span_of_someone_elses_stay(question):
    assert not fits_answer_type(question, RESIDENCE)
    assert not fits_answer_type(question, RESIDENCE + " Reports said 25 troops fled to Brazil's mission.")
    assert fits_answer_type(question, "Lopez stayed at the Spanish embassy for 18 months before leaving for Madrid.")


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # The clip is the video, told in other words: the span stands in the sentence telling of Guaido.
        (
            "How long was the clip Guaido put out by the air base at dawn?",
            "The stunning events began early Tuesday when Guaido, flanked by a few dozen national guardsmen, released a"
            " three minute video shot near the Carlota airbase",
        ),
        ("how long has another ally been hiding out at the chilean envoy's home", RESIDENCE),
        ("How long has Maduro been in power?", "Maduro has ruled Venezuela since 2013."),
        ("How long ago did the uprising start?", "The uprising began at dawn on Tuesday."),
        # Found by stop 36's second review: spans written as a range of years, "all morning", "always", "hours after".
        (
            "How long did Venezuela buy weapons from Russia?",
            "Venezuela purchased $11billion worth of tanks, fighter jets and other small arms between 2005 and 2013.",
        ),
        (
            "How long has Marco Rubio been tweeting about this?",
            "Senator Marco Rubio has been tweeting about this all morning.",
        ),
        ("How long had Figuera been loyal to Maduro?", "Figuera said he had always been loyal to Maduro."),
        (
            "How long after the uprising did Diaz-Balart make his claims?",
            "Diaz-Balart made his claims hours after the uprising began.",
        ),
        (
            "How long was Leopoldo Lopez detained?",
            "Detained in 2014 for leading unrest, Mr Lopez said he had been released.",
        ),
        # Asked of no one the passage names, the clause of its own may give the span.
        ("how long has the other guy been hiding at the chilean ambassador's house?", RESIDENCE),
        ("How long has someone else been sheltering in the Chilean residence where Lopez went?", RESIDENCE),
        ("How long has Leopoldo Lopez's political ally been holed up there?", RESIDENCE),
    ],
)
def test_how_long_is_answered_by_a_span_said_of_the_asked_thing(question, passage):
    assert fits_answer_type(question, passage)


def test_how_long_someone_named_stayed_is_not_answered_by_the_same_verb_said_of_someone_else():
    assert not fits_answer_type("How long has Lopez been holed up at the Chilean ambassador's residence?", RESIDENCE)


def test_a_when_question_opening_with_a_chat_word_is_still_a_when_question():
    fresh_elections = (
        "Anti-Maduro protests are planned for Wednesday. These protests are part of what Guaido calls the definitive "
        "phase of his effort to assume the presidency in order to call fresh elections."
    )
    assert not fits_answer_type(
        "so when are the fresh elections Guaido wants actually going to happen?", fresh_elections
    )
    assert not fits_answer_type("y cuándo serán las elecciones libres que quiere Guaidó?", fresh_elections)
    announced = "Guaido announced on January 23 that he was the acting president."
    assert fits_answer_type("so when did Guaido announce he was acting president?", announced)


def test_a_participle_sharing_nothing_with_the_question_spans_nothing_it_asks():
    passage = (
        "Juan Guaido issued a rallying cry to his supporters on Tuesday night, urging fresh protests against Nicolas "
        "Maduro, following a day of violent clashes in Caracas"
    )
    assert not fits_answer_type("How long did Maduro's Tuesday night TV address last?", passage)
    assert fits_answer_type("How long did the clashes last?", "Caracas saw clashes, lasting a day.")


ANNOUNCED = (
    "Tensions in Venezuela have soared since Guaido, who heads the National Assembly, announced on January 23 that he "
    "was the acting president under the constitution as Maduro had been fraudulently re-elected last year."
)


@pytest.mark.parametrize(
    "question",
    [
        "what date was the election where maduro got re-elected",
        "¿En qué fecha fueron las elecciones donde reeligieron a Maduro?",
        "What was the date of Maduro's re-election?",
    ],
)
def test_a_date_is_not_told_by_a_year_nor_by_the_time_of_another_clause_opening_with_as(question):
    # "…on January 23 that he was the acting president as Maduro had been re-elected last year": the date is the
    # announcement's, and the re-election is dated only by its year.
    assert not fits_answer_type(question, ANNOUNCED)
    assert fits_answer_type(question, "Maduro was re-elected on May 20, 2018, in a vote the opposition boycotted.")


@pytest.mark.parametrize(
    "question",
    [
        "What date did Guaido declare himself the country's interim president?",
        "¿En qué fecha se declaró Guaidó presidente interino?",
        "what day exactly did guaido declare himself interim president",
        "when exactly did guaido declare himself interim president",
    ],
)
def test_a_date_is_a_day_not_a_month(question):
    # "…assume an interim presidency in January" tells the month, not the date asked for; "since he declared himself
    # interim president in January" does not either.
    assert not fits_answer_type(
        question,
        "Guaido, 35, invoked the constitution to assume an interim presidency in January, igniting a power "
        "struggle with Maduro.",
    )
    assert not fits_answer_type(
        question,
        "Pompeo tweeted the U.S., which has supported Guaido since he declared himself interim president in "
        "January, fully supports the people.",
    )
    assert fits_answer_type(question, ANNOUNCED)
    assert fits_answer_type(question, "On Wednesday, January 23, Guaido declared himself interim president.")
    assert fits_answer_type(
        "In what month did Guaido declare himself interim president?",
        "He declared himself interim president in January.",
    )


def test_a_day_told_relative_to_the_report_or_by_its_feast_is_a_date():
    # Only a month alone, a year or "since" fall short: "late last night", "all morning" and "May Day" tell the day.
    assert fits_answer_type(
        "What day did Maduro say the attempted coup had failed?",
        "A defiant President Maduro said late last night that the attempted coup had failed.",
    )
    assert fits_answer_type(
        "What date was Maduro's May Day rally?", "Venezuelan President Nicolas Maduro speaking during a May Day rally."
    )
    assert fits_answer_type("What day did Rubio tweet about CNN?", "Rubio has been tweeting about CNN all morning.")


def test_a_when_question_is_still_answered_by_a_year():
    assert fits_answer_type("When was Maduro re-elected?", ANNOUNCED)
