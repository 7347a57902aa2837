"""Whose words "he said" reports is read from the lines before it: a question asking one person's words is not
answered by another's."""

from __future__ import annotations

import pytest

from index.antecedents import lines_before, someone_else_spoke_before

BOLTON = (
    "National Security Advisor John Bolton said the Venezuelan military has a choice to make: embrace democracy or "
    '"face more man-made suffering and isolation."'
)
HE_TWEETED = '"Venezuelans have made clear that the current path toward democracy is irreversible," he tweeted.'


@pytest.mark.parametrize(
    "question",
    [
        "What exactly did Trump's tweet about Venezuelan freedom say?",
        "What was the exact wording of President Trump's tweet about Venezuela?",
        "What did Mike Pence say about Russia's role in Venezuela?",
        "What exact words did Trump use in his tweet about Venezuela?",
    ],
)
def test_he_after_a_line_with_someone_else_speaking_is_not_the_asked_person(question):
    assert someone_else_spoke_before(question, HE_TWEETED, [BOLTON])
    # Up to a few lines back: "He continued" after "he said" after the line naming him.
    assert someone_else_spoke_before(question, "He continued: 'We will win.'", ["In a video, he said: 'Go.'", BOLTON])


def test_a_name_in_what_the_speaker_is_quoted_saying_is_not_the_speaker():
    continued = "He continued: 'Tomorrow, May 1, we will continue with this, we will continue out on the street.'"
    before = [
        "'The regime's claim that it has control of the arms forces is a farce. Maduro does not have the backing.",
        "In footage posted on Twitter, he said: 'My fellow Venezuelans, good evening. Maduro is a usurper.'",
        "In his own address to Venezuelans on Tuesday night, Guaido issued a rallying cry for his 'uprising'.",
    ]
    assert someone_else_spoke_before("¿Qué dijo Maduro en su discurso del Primero de Mayo?", continued, before)
    assert someone_else_spoke_before("What did Maduro say in his May Day speech?", continued, before)


@pytest.mark.parametrize(
    ("question", "passage", "before"),
    [
        # The asked person spoke in the line before, or is named in the passage, or no one named spoke before.
        ("What did Bolton tweet about democracy?", HE_TWEETED, [BOLTON]),
        ("What did Bolton tweet about democracy?", HE_TWEETED, ["The crowd gathered at the base.", BOLTON]),
        ("What exactly did Trump's tweet say?", "Trump tweeted: 'We are with you!'", [BOLTON]),
        ("What exactly did Trump's tweet say?", HE_TWEETED, ["The crowd gathered at the base."]),
        # The asked person named in a nearer line, speaking or not, is who "he" is.
        (
            "¿Qué dijo Padrino López de los que quieran tomar Miraflores?",
            "'Those who try to take Miraflores with violence will be met with violence,' he said on television.",
            ["Defence Minister Vladimir Padrino Lopez condemned the move.", "Provea said a man was shot."],
        ),
        # Not asking anyone's words.
        ("Is the path toward democracy irreversible?", HE_TWEETED, [BOLTON]),
    ],
)
def test_otherwise_the_passage_is_left_to_the_other_checks(question, passage, before):
    assert not someone_else_spoke_before(question, passage, before)


def test_the_line_before_a_passage_is_read_from_its_article(one_story_state):
    from index.fit import lacking_rows

    # The article names Trump, so "he" could be him but for the line before.
    body = f"Finally, President Trump tweets support for Venezuelan freedom.\n{BOLTON}\n{HE_TWEETED}"
    state = one_story_state("Venezuela crisis live", "Wire", body)
    passages = [(row, state.passage_text(row)) for row in range(len(state.keys))]
    tweeted = next(row for row, text in passages if text.startswith('"Venezuelans'))
    assert tweeted in lacking_rows("What exactly did Trump's tweet about Venezuela say?", passages, state)
    assert tweeted not in lacking_rows("What exactly did Bolton's tweet about Venezuela say?", passages, state)


def test_the_lines_before_a_passage_are_read_nearest_first_a_few_back():
    lines = ["Opening line.", BOLTON, "In a video, he said: 'Go.'", "", "'Go on.'", "'And on.'", "He went on."]
    article = "\n".join([*lines, HE_TWEETED])
    nearest = ["He went on.", "'And on.'", "'Go on.'", "In a video, he said: 'Go.'", BOLTON]
    assert lines_before(article, article.index(HE_TWEETED)) == nearest
