"""What happened on a given day is told by a passage about that day, not about another or about the plans for it."""

from __future__ import annotations

from datetime import date

import pytest

from index.days import paragraph_naming_a_day_before, told_of_another_day
from index.fit import paragraph_after

TUESDAY, WEDNESDAY = date(2019, 4, 30), date(2019, 5, 1)
TUESDAYS_TOLL = "As Venezuelans prepare for a second day of unrest, the toll of Tuesday's clashes is unknown."
PLANNED = "Anti-Maduro protests are planned for Wednesday, including what Guaido said will be the largest march."
DUE_TO_SPEAK = "Pompeo was also due to speak with Lavrov on Wednesday about the situation in Venezuela."
RALLYING_CRY = "Guaido urged people back on to the streets for fresh May Day protests."
MAY_DAY_CLASH = "Protesters clashed with security forces in Caracas during the commemoration of May Day."
NO_DAY = "At least one person had been shot with live ammunition."


@pytest.mark.parametrize(
    "question",
    [
        "How many people were killed during the May Day protests on Wednesday?",
        "How many people were injured in the clashes on Wednesday, May 1?",
        "how many ppl actually showed up to guaido's march on may 1",
        "¿Cuántas personas murieron en las protestas del 1 de mayo?",
        "What did Lavrov tell Pompeo on Wednesday?",
        # What came of a plan is what happened that day.
        "Guaido promised the largest march in Venezuela's history for May 1 - how many people actually showed up?",
        "¿Cuántas personas asistieron finalmente a la marcha del 1 de mayo convocada por Guaidó?",
        # Who called the march describes it: no question about the plan.
        "¿Cuántas personas fueron a la marcha del 1 de mayo convocada por Guaidó?",
        "how many people went to the may 1 march planned by guaido",
        "What was the attendance at Wednesday's march that Guaido billed as the biggest ever?",
        # Nor does what was announced during it: an act of that day.
        "What did Maduro announce during his May Day rally speech in Caracas?",
        # Describing someone, not the day's march, asks what was said that day.
        "¿Cómo describió Guaidó a Maduro en su mensaje del miércoles?",
        "¿qué anunció maduro en su discurso del 1 de mayo en caracas?",
    ],
)
def test_a_passage_of_another_day_or_of_plans_for_the_day_cannot_tell_what_happened_that_day(question):
    passages = [(1, TUESDAYS_TOLL, WEDNESDAY), (2, PLANNED, TUESDAY), (3, DUE_TO_SPEAK, WEDNESDAY)]
    passages += [(4, RALLYING_CRY, WEDNESDAY), (5, MAY_DAY_CLASH, WEDNESDAY)]
    assert told_of_another_day(question, passages) == {1, 2, 3, 4}


def test_a_passage_naming_no_day_is_left_to_the_reader_unless_written_before_the_day():
    question = "How many were killed on Wednesday?"
    assert told_of_another_day(question, [(1, NO_DAY, WEDNESDAY), (2, NO_DAY, TUESDAY)]) == {2}


def test_a_passage_opening_without_a_day_tells_of_the_day_named_before_it_though_it_names_another_later():
    question = "in his tv speech tuesday night maduro said venezuela won't cave to who"
    quelled = (
        "Maduro said that the unrest had been quelled and that Venezuela wouldn't succumb to right-wing forces. "
        "Venezuelans waited to see if that remained the case Wednesday."
    )
    before = {1: "In a Tuesday night appearance on national television, Maduro declared the opposition had failed."}
    assert told_of_another_day(question, [(1, quelled, WEDNESDAY)], before=before) == set()
    # Without that paragraph, or one naming another day, it tells of the day it names.
    assert told_of_another_day(question, [(1, quelled, WEDNESDAY)]) == {1}
    monday = {1: "On Monday, Maduro declared that the opposition had failed."}
    assert told_of_another_day(question, [(1, quelled, WEDNESDAY)], before=monday) == {1}
    # Naming another day in its first sentence, it tells of that one.
    dated = "On Wednesday Maduro said that the unrest had been quelled. Venezuelans waited."
    assert told_of_another_day(question, [(1, dated, WEDNESDAY)], before=before) == {1}


def test_a_passage_naming_no_day_before_a_later_time_of_an_earlier_day_cannot_tell_of_the_asked_day():
    killed = "Provea said a 24-year-old man was shot and killed during a protest in the city of La Victoria."
    later = {1: "Later on Tuesday, Mr Lopez and his family sought refuge in the Chilean ambassador's residence."}
    for question in ("How many people were killed in the May 1 protests?", "¿Cuántos muertos hubo el 1 de mayo?"):
        assert told_of_another_day(question, [(1, killed, WEDNESDAY)], after=later) == {1}
    # It may still tell of that day, or of the day the paragraph after goes on to; and "Later, …" names no day.
    assert told_of_another_day("How many were killed on Tuesday?", [(1, killed, WEDNESDAY)], after=later) == set()
    vague = {1: "Later, Mr Lopez and his family sought refuge in the Chilean ambassador's residence."}
    assert told_of_another_day("How many were killed on Wednesday?", [(1, killed, WEDNESDAY)], after=vague) == set()


def test_what_follows_a_passage_is_read_up_to_the_end_of_the_next_paragraph():
    article = "First paragraph.\n\nThe passage.\n\nLater on Tuesday, more.\n\nLast."
    assert paragraph_after(article, article.index("The passage.") + len("The passage.")) == "Later on Tuesday, more."
    assert paragraph_after(article, len(article)) == ""


def test_a_passage_naming_no_day_from_an_article_written_weeks_after_the_day_cannot_tell_of_it():
    question = "what happened to the humanitarian aid trucks at the colombian border on feb 23?"
    aid = "Venezuelans are fed up with their nation's dire humanitarian situation."
    passages = [(1, aid, TUESDAY), (2, aid, date(2019, 2, 24)), (3, "On February 23 the trucks were burned.", TUESDAY)]
    assert told_of_another_day(question, passages) == {1}
    in_january = "Guaido invoked the constitution to assume an interim presidency in January."
    assert told_of_another_day("What did Guaido do on January 23?", [(1, in_january, TUESDAY)]) == set()


@pytest.mark.parametrize(
    "question",
    [
        "Who was Pompeo due to talk to on Wednesday?",
        "who was pompeo supposed to talk to on wednesday about venezuela",
        "¿Con quién iba a hablar Pompeo el miércoles?",
        "¿Con quién debía hablar Pompeo el miércoles?",
        "¿Qué marcha convocó Guaidó para el 1 de mayo?",
        "What did Guaido call for on Wednesday?",
        "¿Qué esperaban los opositores que hicieran los venezolanos el miércoles?",
        # What was said of the day's event before it.
        "what did guaido hype wednesday's protest up to be?",
        "What did Guaido predict for Wednesday's march?",
        "¿Cómo describió Guaidó la marcha del miércoles?",
        "how did guaido describe wednesday's protest",
        "How many people were killed?",
    ],
)
def test_a_question_about_the_plan_or_naming_no_day_sets_nothing_aside(question):
    assert told_of_another_day(question, [(1, TUESDAYS_TOLL, WEDNESDAY), (3, DUE_TO_SPEAK, WEDNESDAY)]) == set()


def test_a_past_act_of_the_day_is_no_plan_even_beside_reported_future():
    # "urged" and "would" speak of that day's act, not of a day ahead; "yesterday" in Wednesday's article is Tuesday.
    passages = [
        (1, "On Tuesday Guaido urged the troops to rise and said the army would join him.", WEDNESDAY),
        (2, "Yesterday Guaido stood on an overpass with a few dozen soldiers.", WEDNESDAY),
        (3, DUE_TO_SPEAK, WEDNESDAY),
    ]
    assert told_of_another_day("What did Guaido say on Tuesday?", passages) == {3}


def test_only_a_day_after_a_word_of_the_future_or_after_the_article_is_ahead():
    # "fear of more violence on Wednesday" puts Wednesday ahead, not the Tuesday before it; "Tuesday's clashes" are
    # that day's own; "next to" is no future.
    march = "Thousands march through Caracas on Tuesday, with fear of more violence on Wednesday."
    beside = "Lopez stood next to Guaido on Tuesday."
    passages = [(1, march, WEDNESDAY), (2, TUESDAYS_TOLL, WEDNESDAY), (3, beside, WEDNESDAY)]
    assert told_of_another_day("How many marched on Tuesday?", passages) == set()
    # A word of the future speaks of the day after it, not of one beyond another day.
    after_tuesday = [(1, "Protests are planned for Wednesday, after 70 were injured on Tuesday.", WEDNESDAY)]
    assert told_of_another_day("How many were injured on Tuesday?", after_tuesday) == set()
    assert told_of_another_day("How many marched on Wednesday?", passages) == {1, 2, 3}


def test_a_weekday_is_the_nearest_one_to_the_articles_date_and_today_is_not_read():
    sunday = [(1, "On Sunday Guaido spoke to the crowd.", date(2019, 5, 1))]  # 28 April, three days before
    assert told_of_another_day("What did Guaido say on April 28?", sunday) == set()
    # An article's date may be its last update's: "today" in a report dated Wednesday may be Tuesday.
    radio = [(1, "Bolton told a radio show today that Maduro was hiding.", WEDNESDAY)]
    assert told_of_another_day("What did Bolton say on Tuesday?", radio) == set()


def test_a_day_is_a_date_but_may_the_verb_is_not():
    feared = [(1, "Officials fear 30 may have died in the clashes.", WEDNESDAY)]
    assert told_of_another_day("How many died on Wednesday?", feared) == set()
    marched = [(1, "El 1º de mayo marcharon miles.", WEDNESDAY), (2, TUESDAYS_TOLL, WEDNESDAY)]
    assert told_of_another_day("¿Cuántos marcharon el 1º de mayo?", marched) == {2}


def test_an_impossible_date_sets_nothing_aside_and_raises_nothing():
    assert told_of_another_day("What did Guaido say on 31 April?", [(1, TUESDAYS_TOLL, WEDNESDAY)]) == set()
    assert told_of_another_day("¿Qué dijo Guaidó el 31 de abril?", [(1, TUESDAYS_TOLL, WEDNESDAY)]) == set()


def test_a_days_own_events_are_ahead_when_after_the_article_and_tomorrow_is_no_day():
    # In Tuesday's article, "Wednesday's march" is still ahead; "tomorrow" names no day, so Tuesday's injured stay.
    called = [(1, "Guaido called for Wednesday's march.", TUESDAY)]
    assert told_of_another_day("How many marched on Wednesday?", called) == {1}
    injured = [(1, "Protests are planned for tomorrow, after 70 were injured on Tuesday.", WEDNESDAY)]
    assert told_of_another_day("How many were injured on Tuesday?", injured) == set()


def test_a_passage_saying_today_in_an_article_of_the_asked_day_tells_of_it_whatever_the_paragraph_before_names():
    radio = "Trump ally John Bolton told a radio show today that Maduro was hiding out at Fort Tiuna."
    before = {1: "Late on Tuesday, Maduro took to twitter to thank his supporters."}
    question = "According to what Bolton told a radio show on May 1, where was Maduro hiding?"
    assert told_of_another_day(question, [(1, radio, WEDNESDAY)], before) == set()
    # Without "today" the passage tells of the day named before it.
    undated = "Trump ally John Bolton told a radio show that Maduro was hiding out at Fort Tiuna."
    assert told_of_another_day(question, [(1, undated, WEDNESDAY)], before) == {1}


def test_a_passage_naming_no_day_tells_of_the_day_named_in_the_paragraph_before_it():
    speech = "Flanked by military leaders, Maduro delivered a speech where he demanded arrests."
    late_on_tuesday = "Late on Tuesday, Maduro took to twitter to thank the supporters of his regime."
    planned = "Protests are planned for Wednesday."
    question = "What did Maduro say in his May Day rally speech?"
    assert told_of_another_day(question, [(1, speech, WEDNESDAY)], {1: late_on_tuesday}) == {1}
    assert (
        told_of_another_day("What did Maduro say on Tuesday night?", [(1, speech, WEDNESDAY)], {1: late_on_tuesday})
        == set()
    )
    # A day ahead in the paragraph before is a plan, not the day the passage tells of; no paragraph, no change.
    assert told_of_another_day(question, [(1, speech, WEDNESDAY)], {1: planned}) == set()
    later = "Protests are planned for Thursday."
    assert told_of_another_day("What did Maduro say on Tuesday night?", [(1, speech, WEDNESDAY)], {1: later}) == set()
    assert told_of_another_day(question, [(1, speech, WEDNESDAY)]) == set()


def test_the_nearest_paragraph_naming_a_day_before_a_passage_is_read_from_its_article():
    # The story goes on from the last day it named, over paragraphs naming none ("The crowd swelled."), up to
    # "today", which is not read.
    tuesday = "Late on Tuesday, Maduro took to twitter."
    article = (
        f"Title\n\n{tuesday}\n\nThe crowd swelled.\n\nFlanked by generals, Maduro spoke.\n\nProtests went on today."
    )
    article += "\n\nA crowd gathered."
    assert paragraph_naming_a_day_before(article, article.index("Flanked")) == tuesday
    assert paragraph_naming_a_day_before(article, article.index("A crowd")) == "Protests went on today."
    assert paragraph_naming_a_day_before(article, 0) == ""


def test_what_came_after_a_day_is_not_told_by_an_article_written_that_day_or_before():
    caption = "Venezuelan President Nicolas Maduro speaking during a May Day rally in Caracas."
    question = "¿Qué pasó con Guaidó después del 1 de mayo?"
    assert told_of_another_day(question, [(1, caption, date(2019, 5, 1))]) == {1}
    assert told_of_another_day("what did guaido do after may day", [(1, caption, date(2019, 4, 30))]) == {1}
    # A later article may tell it.
    assert told_of_another_day(question, [(2, "Guaido rallied supporters again.", date(2019, 5, 6))]) == set()


@pytest.mark.parametrize(
    "question",
    ["How long was the video Guaido posted on Tuesday night?", "¿Cuánto duró el video del martes por la noche?"],
)
def test_another_part_of_the_asked_day_does_not_tell_of_it(question):
    morning = "The events began early Tuesday when Guaido released a three-minute video."
    night = "Guaido posted a two-minute video late on Tuesday."
    plain = "Guaido posted a video on Tuesday."
    passages = [(1, morning, TUESDAY), (2, night, TUESDAY), (3, plain, TUESDAY)]
    assert told_of_another_day(question, passages) == {1}
    assert told_of_another_day("How long was the video Guaido posted on Tuesday?", passages) == set()


def test_a_story_told_on_without_naming_its_day_is_of_the_last_day_its_article_named(one_story_state):
    from index.fit import lacking_rows

    crowd = "A crowd that quickly swelled to a few thousand scurried for cover, reappearing later at a plaza nearby."
    body = (
        "Opposition leader Juan Guaido appeared on Tuesday outside the La Carlota air base with dozens of soldiers.\n\n"
        "Troops loyal to the government fired tear gas from inside the air base as the two leaders spoke to them.\n\n"
        f"{crowd}"
    )
    state = one_story_state("Uprising in Caracas", "Wire", body)  # an article of Wednesday 1 May
    rows = {state.passage_text(row): row for row in range(state.passage_count)}
    passages = [(rows[crowd], crowd)]
    assert lacking_rows("how many people showed up to guaido's may 1 march", passages, state) == {rows[crowd]}
    assert lacking_rows("how many people showed up at the air base on Tuesday", passages, state) == set()


def test_what_was_announced_for_a_day_is_a_plan():
    question = "¿Qué anunció Guaidó que harían sus seguidores el 1 de mayo?"
    assert told_of_another_day(question, [(2, PLANNED, TUESDAY), (4, RALLYING_CRY, WEDNESDAY)]) == set()
