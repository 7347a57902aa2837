"""A question dated by a month is not answered by a passage of another month."""

from __future__ import annotations

from datetime import date

import pytest

from index.months import of_another_month

APRIL_30 = date(2019, 4, 30)
MARCH_PLANS = "Anti-Maduro protests are planned for Wednesday, including what Guaido said will be the largest march."
IN_MARCH = "The nationwide blackout in March left millions without power for days."


@pytest.mark.parametrize(
    "question",
    [
        "what caused the huge nationwide blackout in venezuela in march 2019?",
        "When was the huge nationwide blackout in Venezuela in March 2019?",
        "¿Qué causó el apagón de marzo de 2019?",
    ],
)
def test_a_passage_of_another_month_does_not_answer(question):
    assert of_another_month(question, [(1, MARCH_PLANS, APRIL_30), (2, IN_MARCH, APRIL_30)]) == {1}


def test_a_passage_written_in_the_month_asked_may_answer():
    march_article = date(2019, 3, 9)
    assert of_another_month("What caused the blackout in March 2019?", [(1, MARCH_PLANS, march_article)]) == set()


def test_last_month_in_an_article_of_the_month_after_may_answer():
    passage = "The blackout last month left millions without power."
    assert of_another_month("What caused the blackout in March 2019?", [(1, passage, APRIL_30)]) == set()


@pytest.mark.parametrize(
    "question",
    [
        # "March" as a protest and "May" as a month or a verb date nothing.
        "what did guaido do on may 2, the day after the may day march?",
        "How many people joined the march?",
        "Who may march on Wednesday?",
    ],
)
def test_a_month_that_dates_nothing_sets_nothing_aside(question):
    assert of_another_month(question, [(1, MARCH_PLANS, APRIL_30)]) == set()


def test_the_passages_read_for_a_question_dated_by_a_month_are_judged_by_their_articles_dates(tmp_path, fake_embedders):
    from index.fit import lacking_rows
    from index.library import Library

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, published, body in (
        ("april", "2019-04-30", MARCH_PLANS),
        ("march", "2019-03-09", IN_MARCH.replace(" in March", "")),
    ):
        (corpus / f"{name}.md").write_text(f"---\ntitle: {name}\nsource: Wire\npublished: {published}\n---\n{body}\n")
    library = Library(corpus, tmp_path / "index", fake_embedders)
    library.build(who="test")
    state = library.engine.state
    passages = [(row, state.passage_text(row)) for row in range(len(state.keys))]
    plans = next(row for row, text in passages if text.startswith("Anti-Maduro"))
    assert lacking_rows("What caused the blackout in March 2019?", passages, state) == {plans}
