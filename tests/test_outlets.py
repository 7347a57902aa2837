"""Who of a named outlet did something ("which CNN reporter…?") is told only by a report naming that outlet; which
outlet someone worked for, only by a passage naming one."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type
from index.outlets import articles_of_the_named_outlet, asked_outlet


@pytest.mark.parametrize(
    ("question", "named", "unnamed"),
    [
        ("Which CNN reporter said Maduro tried to fly to Cuba?", "CNN reported that", "Putin backs Maduro."),
        ("who was cnn's source for the story?", "told CNN on Wednesday", "Putin backs Maduro."),
        ("Who was the MSNBC commentator who said guns equal power?", "according to MSNBC", "Putin backs Maduro."),
        ("Which Fox Business host interviewed Pompeo?", "told Fox News that", "Putin backs Maduro."),
        # The whole name: "Washington tried its best…" names no Washington Post.
        ("which reporter for the Washington Post wrote it?", "the Washington Post says", "Washington tried its best."),
        ("Which Zero Hedge editor wrote it?", "via ZeroHedge News", "Putin backs Maduro."),
        ("¿Qué periodista de Fox News le preguntó a Diaz-Balart?", "told Fox News", "Putin backs Maduro."),
        ("¿Cuál fue la fuente del Daily Mail?", "Daily Mail", "Putin backs Maduro."),
        ("Which host on Fox News interviewed Pompeo?", "www.foxnews.com", "Putin backs Maduro."),
        ("What's the name of the CNN reporter who broke the story?", "told CNN", "Putin backs Maduro."),
        # Typed in lower case: "the Associated Press" names it, "a map" does not.
        ("which ap reporter covered the clashes", "CARACAS (AP) — Troops fired", "He read a map."),
    ],
)
def test_which_reporter_of_an_outlet_needs_a_report_naming_it(question, named, unnamed):
    outlet = asked_outlet(question)
    assert outlet is not None and outlet.search(named) and not outlet.search(unnamed)


@pytest.mark.parametrize(
    "question",
    [
        "Who interviewed Pompeo on Fox Business?",  # where it was said, not someone of it
        "According to the Daily Mail reporter, who confirmed the letter?",  # asks about the letter
        "Did CNN report any journalists injured?",
        "Did Fox News host Diaz-Balart?",
        "Which Moscow spokeswoman called Pompeo's claim fake news?",  # Moscow is no outlet
        "¿Dijo Maduro que la fuente de CNN mintió?",  # "que" here asks nothing
    ],
)
def test_other_questions_ask_about_no_one_of_an_outlet(question):
    assert asked_outlet(question) is None


def test_a_report_naming_the_outlet_anywhere_or_as_its_own_outlet_may_answer(tmp_path, fake_embedders):
    from index.fit import lacking_rows, of_another_outlet
    from index.library import Library

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shared = "The plane that was standing by at the airport in Caracas never took off that evening."
    bodies = {
        "own": (
            "Hot Air",
            "",
            "Jazz wrote about the uprising in Venezuela earlier today, and many readers followed it.",
        ),
        "host": ("www.foxnews.com", "", "Tucker Carlson asked the congressman about missiles in the country tonight."),
        "told": (
            "Daily Mail",
            "",
            "Maria Zakharova told CNN on Wednesday that the claim was fake news from Washington.\n\n"
            "Journalist Tucker Carlson continued his line of questioning about the missiles, and the congressman "
            f"answered at length about Russia, Cuba and the weapons he said were already there.\n\n{shared}",
        ),
        "none": (
            "Daily Mail",
            "",
            f"Putin's support of Maduro has been compared to the Cuban Missile Crisis.\n\n{shared}",
        ),
    }
    for name, (source, url, body) in bodies.items():
        (corpus / f"{name}.md").write_text(
            f"---\ntitle: {name}\nsource: {source}\npublished: 2019-05-01\nurl: {url}\n---\n{body}\n"
        )
    library = Library(corpus, tmp_path / "index", fake_embedders)
    library.build(who="test")
    state = library.engine.state
    passages = [(row, state.passage_text(row)) for row in range(len(state.keys))]
    rows = {text.split()[0]: row for row, text in passages}
    # Hot Air is named only as the outlet of its own report, Fox only in a link-like outlet.
    assert of_another_outlet("Which Hot Air writer wrote about the uprising?", passages, state) == set(
        rows.values()
    ) - {rows["Jazz"]}
    assert rows["Tucker"] not in of_another_outlet("Which Fox News host asked about missiles?", passages, state)
    # CNN is named in another paragraph of the report, and the paragraph shared by two reports is in that one too.
    told = {rows["Maria"], rows["Journalist"], rows["The"]}
    assert of_another_outlet("Which CNN reporter said it was fake news?", passages, state) == set(rows.values()) - told
    # Such rows are set aside before the reader reads them.
    assert rows["Putin's"] in lacking_rows("Which CNN reporter said it was fake news?", passages, state)
    assert rows["Maria"] not in lacking_rows("Which CNN reporter said it was fake news?", passages, state)


PHOTOGRAPHER = "Which news outlet employed the photographer who was shot while wearing a bulletproof vest?"


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (PHOTOGRAPHER, "The photographer was seen with blood pouring from what was reported to be a bullet wound."),
        (PHOTOGRAPHER, "Video emerges of photojournalist shot by Maduro's Venezuelan National Guard in Caracas."),
        ("Which newspaper did the photographer work for?", "A tweet claimed he was shot by the National Guard (GNB)."),
        (
            "Which news organisation did the photographer who was shot in Caracas work for?",
            "A tweet accompanying the clip claimed he was shot by one of the National Guard (GNB) in Caracas.",
        ),
    ],
)
def test_which_outlet_someone_worked_for_needs_a_passage_naming_an_outlet(question, passage):
    assert not fits_answer_type(question, passage)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (PHOTOGRAPHER, "VPITV journalist Gregory Jaimes was hit by a projectile."),
        ("Which news site interviewed Heleno?", "He was sceptical in an interview with Brazilian news site G1."),
        ("Which outlet reported that Maduro tried to fly to Cuba?", "CNN reported that Maduro tried to flee."),
        ("What outlet published the update?", "Not long ago the Pan Am Post published video on Twitter."),
        ("Which TV channel did Cabello call?", "said Cabello in a phone call to state broadcaster VTV."),
        # Where someone spoke, not whom they work for: the passage best placed may name no outlet.
        (
            "On which TV channel did the Republican lawmaker make his claim?",
            "Republican congressman Mario Diaz-Balart claimed the Russians could install missiles.",
        ),
        # Whom a named person reports for: the passage best placed names the person, not always the outlet.
        ("Which TV station does the injured journalist Jaimes report for?", "TV journalist Gregory Jaimes was hurt."),
        # A means, not an outlet.
        (
            "¿Qué medio emplearon los manifestantes para lanzar fuegos artificiales?",
            "Anti-government protesters work together to light a firework in a homemade mortar.",
        ),
        # Not an outlet asked for: a government agency, a network of people.
        ("Which agency does Figuera head?", "Figuera heads SEBIN, the intelligence service."),
        ("What network of militias protects Maduro?", "Colectivos, armed gangs, protect Maduro."),
    ],
)
def test_a_passage_naming_an_outlet_or_a_question_asking_for_none_passes(question, passage):
    assert fits_answer_type(question, passage)


def test_an_outlet_is_named_as_the_articles_give_it_without_its_spaces_or_by_a_known_short_name():
    by_outlet = {"Hot Air": frozenset({0}), "International Business Times": frozenset({1}), "ZeroHedge": frozenset({3})}
    assert articles_of_the_named_outlet("in the hot air live blog where was the crowd", by_outlet) == {0}
    assert articles_of_the_named_outlet("per the hotair update", by_outlet) == {0}
    assert articles_of_the_named_outlet("how many got hurt per ibtimes", by_outlet) == {1}
    assert articles_of_the_named_outlet("¿Qué dice Zero Hedge del intento?", by_outlet) == {3}
    assert articles_of_the_named_outlet("what did CNN report", by_outlet) == frozenset()
